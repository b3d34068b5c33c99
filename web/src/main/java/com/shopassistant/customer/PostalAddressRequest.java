package com.shopassistant.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A postal address in a request body: a new default address, or where an order should ship. The
 * limits are those of {@link NewAddressRequest}.
 */
public record PostalAddressRequest(
    @NotBlank @Size(max = 200) String address1,
    @Size(max = 200) String address2,
    @NotBlank @Size(max = 100) String city,
    @Size(max = 100) String state,
    @Size(max = 20) String zip,
    @NotBlank @Size(max = 56) String country) {

  public PostalAddress postalAddress() {
    return new PostalAddress(address1, address2, city, state, zip, country);
  }
}
