package com.shopassistant.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/me/addresses}. Limits are at most the columns' widths (label 50,
 * lines 200, city and state 100, zip 32, country 100), tighter where real values are short: a
 * country name is at most 56 characters, a postcode at most 20.
 *
 * @param label how the customer names it; blank means {@code home}
 * @param makeDefault make it the default now (the first address always becomes the default)
 */
public record NewAddressRequest(
    @Size(max = 40) String label,
    @NotBlank @Size(max = 200) String address1,
    @Size(max = 200) String address2,
    @NotBlank @Size(max = 100) String city,
    @Size(max = 100) String state,
    @Size(max = 20) String zip,
    @NotBlank @Size(max = 56) String country,
    Boolean makeDefault) {

  PostalAddress postalAddress() {
    return new PostalAddress(address1, address2, city, state, zip, country);
  }

  boolean wantsDefault() {
    return Boolean.TRUE.equals(makeDefault);
  }
}
