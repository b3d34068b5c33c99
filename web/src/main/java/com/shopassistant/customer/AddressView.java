package com.shopassistant.customer;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;

/**
 * An address-book entry as JSON, flat like the request that creates it.
 *
 * @param id the entry's id, for {@code /api/v1/me/addresses/{id}}
 * @param label how the customer names it (home, office...), unique in their address book
 * @param isDefault whether orders go here unless told otherwise; JSON {@code "default"}
 * @param createdAt when it was added
 */
@JsonbPropertyOrder({
  "id",
  "label",
  "address1",
  "address2",
  "city",
  "state",
  "zip",
  "country",
  "default",
  "createdAt"
})
public record AddressView(
    Long id,
    String label,
    String address1,
    String address2,
    String city,
    String state,
    String zip,
    String country,
    @JsonbProperty("default") boolean isDefault,
    OffsetDateTime createdAt) {

  public static AddressView of(Address address) {
    PostalAddress postal = address.getPostalAddress();
    return new AddressView(
        address.getId(),
        address.getLabel(),
        postal.getAddress1(),
        postal.getAddress2(),
        postal.getCity(),
        postal.getState(),
        postal.getZip(),
        postal.getCountry(),
        address.isDefault(),
        address.getCreatedAt());
  }
}
