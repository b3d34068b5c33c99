package com.shopassistant.checkout;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * What a checkout quote stores with its confirmation token (as JSON): the request as resolved (the
 * address and payment method it chose, so a later change of defaults does not move the order), the
 * voucher code the customer named (null: the cart's), and the plan's fingerprint.
 */
record QuotePayload(long addressId, long paymentMethodId, String voucherCode, String fingerprint) {

  private static final int VERSION = 1;

  static QuotePayload of(CheckoutPlan plan, CheckoutRequest request) {
    return new QuotePayload(
        plan.address().getId(),
        plan.paymentMethod().getId(),
        request.voucherCode(),
        plan.fingerprint());
  }

  /** The request a confirm plans again with. */
  CheckoutRequest request() {
    return new CheckoutRequest(addressId, paymentMethodId, voucherCode);
  }

  String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("v", VERSION)
            .add("addressId", addressId)
            .add("paymentMethodId", paymentMethodId)
            .add("fingerprint", fingerprint);
    if (voucherCode != null) {
      json.add("voucherCode", voucherCode);
    }
    return json.build().toString();
  }

  static QuotePayload parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      if (json.getInt("v") != VERSION) {
        throw new IllegalStateException("unknown checkout payload version " + json.getInt("v"));
      }
      return new QuotePayload(
          json.getJsonNumber("addressId").longValueExact(),
          json.getJsonNumber("paymentMethodId").longValueExact(),
          json.getString("voucherCode", null),
          json.getString("fingerprint"));
    }
  }
}
