package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tool results shaped as docs/assistant-tools.md describes them. */
final class Samples {

  private Samples() {}

  static Map<String, Object> product(
      String code, String name, String from, String to, boolean stock) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", code);
    p.put("name", name);
    p.put("price_from", from);
    p.put("price_to", to);
    p.put("in_stock", stock);
    p.put("category", "electronics");
    return p;
  }

  static Map<String, Object> headphonesSearch() {
    return Map.of(
        "total",
        3,
        "currency",
        "USD",
        "products",
        List.of(
            product("DP0001", "Wireless Noise-Cancelling Headphones", "279.00", "301.32", true),
            product("DP0002", "Wireless Over-Ear Headphones", "129.00", "135.00", true),
            product("DP0005", "Studio Monitor Headphones", "159.00", "159.00", false)));
  }

  static Map<String, Object> oneProductSearch() {
    return Map.of(
        "total",
        1,
        "products",
        List.of(product("DP0002", "Wireless Over-Ear Headphones", "129.00", "135.00", true)));
  }

  static Map<String, Object> emptySearch() {
    return Map.of("total", 0, "products", List.of());
  }

  static Map<String, Object> variant(
      String item, Map<String, String> options, String price, int stock) {
    return Map.of(
        "item_code",
        item,
        "options",
        options,
        "price",
        price,
        "available",
        stock > 0,
        "stock",
        stock);
  }

  /** One colour axis: black (5), white (sold out), blue (7). */
  static Map<String, Object> overEarDetails() {
    return Map.of(
        "code",
        "DP0002",
        "name",
        "Wireless Over-Ear Headphones",
        "description",
        "Comfortable everyday Bluetooth headphones with folding ear cups.",
        "category",
        "electronics",
        "variants",
        List.of(
            variant("DV000201", Map.of("color", "black"), "129.00", 5),
            variant("DV000202", Map.of("color", "white"), "129.00", 0),
            variant("DV000203", Map.of("color", "blue"), "135.00", 7)));
  }

  /** Two axes: colour and battery; the midnight blue 40 hours is sold out. */
  static Map<String, Object> noiseCancellingDetails() {
    Map<String, String> black30 = new LinkedHashMap<>();
    black30.put("color", "black");
    black30.put("battery life", "30 hours");
    Map<String, String> black40 = new LinkedHashMap<>(black30);
    black40.put("battery life", "40 hours");
    Map<String, String> blue30 = new LinkedHashMap<>(black30);
    blue30.put("color", "midnight blue");
    Map<String, String> blue40 = new LinkedHashMap<>(blue30);
    blue40.put("battery life", "40 hours");
    return Map.of(
        "code",
        "DP0001",
        "name",
        "Wireless Noise-Cancelling Headphones",
        "variants",
        List.of(
            variant("DV000101", black30, "279.00", 12),
            variant("DV000102", black40, "301.32", 3),
            variant("DV000103", blue30, "279.00", 4),
            variant("DV000104", blue40, "301.32", 0)));
  }

  static Map<String, Object> line(
      long id, String item, String product, String options, int qty, String total) {
    return Map.of(
        "line_id",
        id,
        "item_code",
        item,
        "product",
        product,
        "options",
        options,
        "quantity",
        qty,
        "unit_price",
        total,
        "line_total",
        total);
  }

  @SafeVarargs
  static Map<String, Object> cart(Map<String, Object>... lines) {
    Map<String, Object> cart = new LinkedHashMap<>();
    cart.put("lines", new ArrayList<>(List.of(lines)));
    cart.put("subtotal", "264.00");
    cart.put("discount", "0.00");
    cart.put("total", "264.00");
    cart.put("currency", "USD");
    return cart;
  }

  static Map<String, Object> twoLineCart() {
    return cart(
        line(11, "DV000201", "Wireless Over-Ear Headphones", "black", 1, "129.00"),
        line(12, "DV000301", "Wireless Earbuds", "white, standard", 1, "99.00"));
  }

  static Map<String, Object> addresses() {
    return Map.of(
        "addresses",
        List.of(
            Map.of(
                "id",
                1,
                "label",
                "home",
                "address",
                "12 Maple Street, Portland, OR",
                "default",
                true),
            Map.of(
                "id",
                2,
                "label",
                "office",
                "address",
                "500 Pine Avenue, Portland, OR",
                "default",
                false)));
  }

  static Map<String, Object> paymentMethods() {
    return Map.of(
        "payment_methods",
        List.of(
            Map.of(
                "id",
                7,
                "code",
                "credit_card_4829105",
                "kind",
                "CREDIT_CARD",
                "description",
                "Visa ending 4242",
                "default",
                true),
            Map.of(
                "id",
                8,
                "code",
                "gift_card_0061735",
                "kind",
                "GIFT_CARD",
                "description",
                "Gift card",
                "default",
                false,
                "balance",
                "150.00"),
            Map.of(
                "id",
                9,
                "code",
                "paypal_0048121",
                "kind",
                "PAYPAL",
                "description",
                "PayPal",
                "default",
                false)));
  }

  static Map<String, Object> checkoutQuote(String token) {
    Map<String, Object> quote = new LinkedHashMap<>(twoLineCart());
    quote.put("shipping", "0.00");
    quote.put("ship_to", "500 Pine Avenue, Portland, OR");
    quote.put("pay_with", "Visa ending 4242");
    quote.put("confirmation_token", token);
    quote.put("expires_at", "2026-11-28T10:15:00Z");
    quote.put("needs_confirmation", true);
    return quote;
  }

  static Map<String, Object> cancelQuote(String token) {
    return Map.of(
        "action", "CANCEL_ORDER",
        "order_number", "#W1234567",
        "cancel_reason", "ordered by mistake",
        "status_after", "CANCELLED",
        "refunds", List.of(Map.of("amount", "53.43", "payment_method_code", "credit_card_4829105")),
        "confirmation_token", token,
        "needs_confirmation", true);
  }

  static Map<String, Object> deliveredOrder() {
    return Map.of(
        "order_number",
        "#W1234567",
        "status",
        "DELIVERED",
        "items",
        List.of(
            Map.of(
                "item_code",
                "DV000201",
                "product",
                "Wireless Over-Ear Headphones",
                "product_code",
                "DP0002",
                "options",
                Map.of("color", "black"),
                "price",
                "129.00"),
            Map.of(
                "item_code",
                "DV000301",
                "product",
                "Wireless Earbuds",
                "product_code",
                "DP0003",
                "options",
                Map.of("color", "white"),
                "price",
                "99.00")),
        "payments",
        List.of(
            Map.of("type", "PAYMENT", "payment_method_code", "paypal_0048121", "amount", "228.00")),
        "fulfilments",
        List.of(Map.of("tracking_ids", List.of("TRK123"))));
  }

  static Map<String, Object> orders() {
    return Map.of(
        "orders",
        List.of(
            Map.of(
                "order_number", "#W1234567", "status", "DELIVERED", "total", "228.00", "items", 2),
            Map.of(
                "order_number", "#S00000001", "status", "PENDING", "total", "99.00", "items", 1)));
  }

  static Map<String, Object> error(String slug, String detail) {
    return Map.of("error", slug, "detail", detail);
  }
}
