package com.shopassistant.customer;

import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A postal address as a value: an address-book entry and an order's shipping address each keep
 * their own copy, so editing the address book never rewrites where past orders went.
 */
@Embeddable
public class PostalAddress {

  @Column(name = "address1", nullable = false, length = 200)
  private String address1;

  @Column(name = "address2", length = 200)
  private String address2;

  @Column(name = "city", nullable = false, length = 100)
  private String city;

  @Column(name = "state", length = 100)
  private String state;

  @Column(name = "zip", length = 32)
  private String zip;

  @Column(name = "country", nullable = false, length = 100)
  private String country;

  protected PostalAddress() {}

  /** Street line, city and country are required; blank optional parts are stored as null. */
  public PostalAddress(
      String address1, String address2, String city, String state, String zip, String country) {
    this.address1 = Require.text(address1, "address line 1", 200);
    this.address2 = Require.optionalText(address2, "address line 2", 200);
    this.city = Require.text(city, "city", 100);
    this.state = Require.optionalText(state, "state", 100);
    this.zip = Require.optionalText(zip, "zip", 32);
    this.country = Require.text(country, "country", 100);
  }

  public String getAddress1() {
    return address1;
  }

  public String getAddress2() {
    return address2;
  }

  public String getCity() {
    return city;
  }

  public String getState() {
    return state;
  }

  public String getZip() {
    return zip;
  }

  public String getCountry() {
    return country;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof PostalAddress that
            && address1.equals(that.address1)
            && Objects.equals(address2, that.address2)
            && city.equals(that.city)
            && Objects.equals(state, that.state)
            && Objects.equals(zip, that.zip)
            && country.equals(that.country);
  }

  @Override
  public int hashCode() {
    return Objects.hash(address1, address2, city, state, zip, country);
  }

  /** One line, the way a person would read it out. */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(address1);
    for (String part : new String[] {address2, city, state, zip, country}) {
      if (part != null) {
        line.append(", ").append(part);
      }
    }
    return line.toString();
  }
}
