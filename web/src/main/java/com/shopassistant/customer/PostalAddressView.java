package com.shopassistant.customer;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A postal address as JSON: an order's shipping address. Absent parts are left out. */
@JsonbPropertyOrder({"address1", "address2", "city", "state", "zip", "country"})
public record PostalAddressView(
    String address1, String address2, String city, String state, String zip, String country) {

  public static PostalAddressView of(PostalAddress address) {
    return new PostalAddressView(
        address.getAddress1(),
        address.getAddress2(),
        address.getCity(),
        address.getState(),
        address.getZip(),
        address.getCountry());
  }
}
