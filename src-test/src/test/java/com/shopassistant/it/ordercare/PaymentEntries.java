package com.shopassistant.it.ordercare;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * An order's payment history as lines {@code KIND amount code}, from the order view and from a
 * τ²-bench order (with its payment methods' codes as imported), so the two compare as lists.
 */
final class PaymentEntries {

  private PaymentEntries() {}

  /** A payment history entry as the order view shows it: {@code KIND amount code}. */
  static String entry(String kind, BigDecimal amount, String code) {
    return kind + " " + amount.setScale(2) + " " + code;
  }

  static List<String> history(JsonObject orderView) {
    return orderView.getJsonArray("payments").getValuesAs(JsonObject.class).stream()
        .map(
            p ->
                entry(
                    p.getString("kind"),
                    p.getJsonNumber("amount").bigDecimalValue(),
                    p.getString("paymentMethodCode")))
        .toList();
  }

  static List<String> fileHistory(JsonObject order) {
    return order.getJsonArray("payment_history").getValuesAs(JsonObject.class).stream()
        .map(
            p ->
                entry(
                    p.getString("transaction_type").toUpperCase(Locale.ROOT),
                    Tau2Store.money(p, "amount"),
                    Tau2Store.method(p.getString("payment_method_id"))))
        .toList();
  }
}
