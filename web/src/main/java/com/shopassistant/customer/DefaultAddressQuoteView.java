package com.shopassistant.customer;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;

/**
 * What confirming a change of the default address will do: entry {@code addressId} ({@code label})
 * will say {@code newAddress} instead of {@code address}; its label and default flag stay.
 *
 * @param confirmationToken send it to {@code POST /api/v1/me/default-address/confirm}
 * @param expiresAt after this the token is refused
 */
@JsonbPropertyOrder({
  "addressId",
  "label",
  "address",
  "newAddress",
  "confirmationToken",
  "expiresAt"
})
public record DefaultAddressQuoteView(
    long addressId,
    String label,
    PostalAddressView address,
    PostalAddressView newAddress,
    String confirmationToken,
    OffsetDateTime expiresAt) {

  static DefaultAddressQuoteView of(DefaultAddressQuote quote) {
    return new DefaultAddressQuoteView(
        quote.addressId(),
        quote.label(),
        PostalAddressView.of(quote.address()),
        PostalAddressView.of(quote.newAddress()),
        quote.confirmation().token(),
        quote.confirmation().expiresAt());
  }
}
