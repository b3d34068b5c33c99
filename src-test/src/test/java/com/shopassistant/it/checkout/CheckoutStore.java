package com.shopassistant.it.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

/**
 * A small store of its own for one test: three items and a set of vouchers, one per rule, loaded
 * through the admin import. Codes carry a random suffix, so tests never share stock or voucher
 * uses; importing again changes nothing.
 */
final class CheckoutStore {

  /** 10.00 each, 50 in stock. */
  final String lamp;

  /** 47.84 each, 3 in stock. */
  final String bottle;

  /** 1.25 each, 500 in stock. */
  final String pen;

  /** 10 % off, at most 25.00 off, minimum spend 50.00 (the demo store's HEMAT10). */
  final String tenPercent;

  /** 5.00 off, minimum spend 20.00, once per customer (the demo store's WELCOME5). */
  final String fiveOnce;

  /** Valid from 2099. */
  final String future;

  /** Valid in 2020 only. */
  final String expired;

  /** 2.00 off, three uses in total. */
  final String threeUses;

  /** 100 % off: the order is free. */
  final String free;

  private final String json;

  CheckoutStore() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String upper = suffix.toUpperCase(Locale.ROOT);
    lamp = "KL-" + suffix;
    bottle = "KB-" + suffix;
    pen = "KP-" + suffix;
    tenPercent = "TEN-" + upper;
    fiveOnce = "FIVE-" + upper;
    future = "FUTURE-" + upper;
    expired = "OLD-" + upper;
    threeUses = "THREE-" + upper;
    free = "FREE-" + upper;
    json =
        "{\"products\": {"
            + product("KLP-" + suffix, "Checkout Lamp", variant(lamp, "10.00", 50))
            + ", "
            + product("KBP-" + suffix, "Checkout Bottle", variant(bottle, "47.84", 3))
            + ", "
            + product("KPP-" + suffix, "Checkout Pen", variant(pen, "1.25", 500))
            + "}, \"vouchers\": ["
            + voucher(tenPercent, "PERCENTAGE", "10", "\"max_discount\": 25, \"min_spend\": 50")
            + ", "
            + voucher(
                fiveOnce, "FIXED_AMOUNT", "5", "\"min_spend\": 20, \"usage_limit_per_customer\": 1")
            + ", "
            + voucher(
                future, "FIXED_AMOUNT", "1", "\"min_spend\": 0, \"valid_from\": \"2099-01-01\"")
            + ", "
            + voucher(
                expired,
                "PERCENTAGE",
                "20",
                "\"min_spend\": 0, \"valid_from\": \"2020-01-01\", \"valid_until\": \"2021-01-01\"")
            + ", "
            + voucher(threeUses, "FIXED_AMOUNT", "2", "\"min_spend\": 0, \"usage_limit_total\": 3")
            + ", "
            + voucher(free, "PERCENTAGE", "100", "\"min_spend\": 0")
            + "]}";
  }

  private static String product(String code, String name, String variants) {
    return "\""
        + code
        + "\": {\"product_id\": \""
        + code
        + "\", \"name\": \""
        + name
        + "\", \"variants\": {"
        + variants
        + "}}";
  }

  private static String variant(String code, String price, int stock) {
    return "\""
        + code
        + "\": {\"item_id\": \""
        + code
        + "\", \"options\": {\"color\": \"white\"}, \"price\": "
        + price
        + ", \"stock\": "
        + stock
        + "}";
  }

  private static String voucher(String code, String type, String value, String rest) {
    String from = rest.contains("valid_from") ? "" : "\"valid_from\": \"2025-01-01\", ";
    return "{\"code\": \""
        + code
        + "\", \"description\": \"test voucher "
        + code
        + "\", \"discount_type\": \""
        + type
        + "\", \"discount_value\": "
        + value
        + ", "
        + from
        + rest
        + "}";
  }

  /** Imports the store as the administrator; fails the test if the import is refused. */
  void importInto(URL deployment) throws Exception {
    HttpResponse<String> answer = Shopper.admin(deployment).post("api/v1/admin/import", json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
