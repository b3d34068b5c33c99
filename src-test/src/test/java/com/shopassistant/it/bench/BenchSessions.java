package com.shopassistant.it.bench;

import java.util.List;

/**
 * The seed's four session types as scripted customer messages (turns 2, 4, 8 and 12), over the
 * benchmark's own catalog ({@link #CATALOG}); {@link ScriptedShopper} plays the model for them.
 */
public enum BenchSessions {
  QUICK_QUERY(9_000, List.of("find wireless headphones", "thanks!")),
  PRODUCT_SEARCH(
      23_000,
      List.of(
          "find wireless headphones",
          "find headphones under 100",
          "tell me more about BENCH-P1",
          "is BENCH-P1-B in stock?")),
  FULL_PURCHASE(
      51_000,
      List.of(
          "find wireless headphones",
          "tell me more about BENCH-P1",
          "add BENCH-P1-B",
          "use voucher BENCH10",
          "show my cart",
          "check out please",
          "yes",
          "thanks!")),
  COMPLEX_ASSISTANCE(
      90_000,
      List.of(
          "find wireless headphones",
          "find bluetooth speakers",
          "compare BENCH-P1 and BENCH-P2",
          "tell me more about BENCH-P2",
          "add BENCH-P1-B",
          "add BENCH-P2-W",
          "show my cart",
          "remove everything",
          "add BENCH-P1-K",
          "check out please",
          "yes",
          "show my orders"));

  /** Two products and a voucher in the τ²-bench import format; stock enough for any run. */
  public static final String CATALOG =
      "{\"products\": {"
          + product(
              "BENCH-P1",
              "Wireless Headphones Bench",
              variant("BENCH-P1-B", "blue", "80.00")
                  + ", "
                  + variant("BENCH-P1-K", "black", "85.00"))
          + ", "
          + product("BENCH-P2", "Bluetooth Speaker Bench", variant("BENCH-P2-W", "white", "60.00"))
          + "}, \"vouchers\": [{\"code\": \"BENCH10\", \"description\": \"benchmark\","
          + " \"discount_type\": \"PERCENTAGE\", \"discount_value\": 10,"
          + " \"valid_from\": \"2025-01-01\", \"min_spend\": 0}]}";

  /** The seed's tokens per session (input + output) for this type. */
  final int seedTokens;

  public final List<String> messages;

  BenchSessions(int seedTokens, List<String> messages) {
    this.seedTokens = seedTokens;
    this.messages = messages;
  }

  /** The target: 40 % of the seed's table. */
  int targetTokens() {
    return seedTokens * 40 / 100;
  }

  private static String product(String code, String name, String variants) {
    return "\""
        + code
        + "\": {\"product_id\": \""
        + code
        + "\", \"name\": \""
        + name
        + "\", \"description\": \""
        + name
        + " for the chat benchmark.\", \"variants\": {"
        + variants
        + "}}";
  }

  private static String variant(String code, String color, String price) {
    return "\""
        + code
        + "\": {\"item_id\": \""
        + code
        + "\", \"options\": {\"color\": \""
        + color
        + "\"}, \"price\": "
        + price
        + ", \"stock\": 1000000}";
  }
}
