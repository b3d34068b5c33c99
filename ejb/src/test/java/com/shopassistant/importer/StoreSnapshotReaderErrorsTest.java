package com.shopassistant.importer;

import static com.shopassistant.importer.Fixtures.SMALL_STORE;
import static com.shopassistant.importer.Fixtures.WITH_EXTENSIONS;
import static com.shopassistant.importer.Fixtures.edited;
import static com.shopassistant.importer.Fixtures.importError;
import static com.shopassistant.importer.Fixtures.readError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.ApplicationException;
import org.junit.jupiter.api.Test;

/**
 * Every bad input fails with a message that starts with the JSON path of the problem: in the reader
 * when the file alone is wrong, in the import's reference check ({@link Fixtures#importError}) when
 * it names what neither the file nor the store holds.
 */
class StoreSnapshotReaderErrorsTest {

  @Test
  void isACheckedExceptionThatRollsBack() {
    assertThat(Exception.class).isAssignableFrom(InvalidStoreFileException.class);
    assertThat(RuntimeException.class.isAssignableFrom(InvalidStoreFileException.class)).isFalse();
    ApplicationException marker =
        InvalidStoreFileException.class.getAnnotation(ApplicationException.class);
    assertThat(marker).isNotNull();
    assertThat(marker.rollback()).isTrue();
  }

  @Test
  void wrongTypeNamesThePathAndTheExpectedType() {
    String json = edited(SMALL_STORE, "\"price\": 7.25,", "\"price\": \"cheap\",");

    assertThat(readError(json)).startsWith("orders[\"#W1\"].items[2].price: expected a number");
  }

  @Test
  void wrongTypeInAVariant() {
    String json = edited(SMALL_STORE, "\"available\": false,", "\"available\": \"no\",");

    assertThat(readError(json))
        .startsWith(
            "products[\"1000000001\"].variants[\"2000000002\"].available: expected true or false");
  }

  @Test
  void missingRequiredField() {
    String json =
        edited(SMALL_STORE, "\"name\": \"Yoga Mat\",\n      \"product_id\"", "\"product_id\"");

    assertThat(readError(json)).isEqualTo("products[\"1000000002\"].name: missing required field");
  }

  @Test
  void missingNestedField() {
    String json = edited(SMALL_STORE, "\"first_name\": \"Bo\", ", "");

    assertThat(readError(json))
        .isEqualTo("users[\"bo_kim_2\"].name.first_name: missing required field");
  }

  @Test
  void unknownStatus() {
    String json = edited(SMALL_STORE, "\"status\": \"delivered\"", "\"status\": \"shipped\"");

    assertThat(readError(json)).startsWith("orders[\"#W1\"].status: unknown status \"shipped\"");
  }

  @Test
  void negativePrice() {
    String json = edited(SMALL_STORE, "\"price\": 21\n", "\"price\": -21\n");

    assertThat(readError(json))
        .isEqualTo(
            "products[\"1000000001\"].variants[\"2000000002\"].price: must not be negative, was"
                + " -21.00");
  }

  @Test
  void moreThanTwoDecimals() {
    String json = edited(SMALL_STORE, "\"amount\": 48.25", "\"amount\": 48.255");

    assertThat(readError(json))
        .startsWith("orders[\"#W1\"].payment_history[0].amount: must have at most 2 decimals");
  }

  @Test
  void brokenJsonNamesTheSectionAndLine() {
    String json =
        edited(SMALL_STORE, "\"orders\": {\n    \"#W1\": {", "\"orders\": {\n    \"#W1\" {");

    assertThat(readError(json)).matches("orders: malformed JSON at line \\d+, column \\d+");
  }

  @Test
  void truncatedJson() {
    String json = Fixtures.json(SMALL_STORE);

    assertThat(readError(json.substring(0, json.length() / 2))).contains("malformed JSON at line");
  }

  @Test
  void topLevelMustBeAnObject() {
    assertThat(readError("[1, 2]")).isEqualTo("$: expected a JSON object at the top level");
    assertThat(readError("")).startsWith("$: ");
  }

  @Test
  void idMustMatchItsKey() {
    String json = edited(SMALL_STORE, "\"user_id\": \"bo_kim_2\"", "\"user_id\": \"bo_kim_3\"");

    assertThat(readError(json))
        .isEqualTo("users[\"bo_kim_2\"].user_id: \"bo_kim_3\" does not match its key \"bo_kim_2\"");
  }

  @Test
  void unknownUserOfAnOrder() {
    String json =
        edited(
            SMALL_STORE,
            "\"user_id\": \"ann_lee_1\",\n      \"address\"",
            "\"user_id\": \"nobody\",\n      \"address\"");

    assertThat(importError(json)).isEqualTo("orders[\"#W1\"].user_id: unknown user \"nobody\"");
  }

  @Test
  void unknownItemOfAnOrder() {
    String json =
        edited(
                SMALL_STORE,
                "\"item_id\": \"2000000003\",\n          \"price\"",
                "\"item_id\": \"2999999999\",\n          \"price\"")
            .replace("\"2000000001\", \"2000000003\"]", "\"2000000001\", \"2999999999\"]");

    assertThat(importError(json))
        .contains("orders[\"#W1\"].items[2].item_id: unknown item \"2999999999\"");
  }

  @Test
  void paymentMethodOfAnotherUser() {
    String json =
        edited(
            SMALL_STORE,
            "\"payment_method_id\": \"credit_card_1\"",
            "\"payment_method_id\": \"paypal_2\"");

    assertThat(importError(json))
        .isEqualTo(
            "orders[\"#W1\"].payment_history[0].payment_method_id: payment method \"paypal_2\""
                + " belongs to \"bo_kim_2\", not the buyer");
  }

  @Test
  void emailUsedTwice() {
    String json = edited(SMALL_STORE, "\"bo.kim@example.com\"", "\"ANN.LEE@example.com\"");

    assertThat(readError(json))
        .isEqualTo(
            "users[\"bo_kim_2\"].email: \"ann.lee@example.com\" is also the email of"
                + " \"ann_lee_1\"");
  }

  @Test
  void unknownPaymentSource() {
    String json = edited(SMALL_STORE, "\"source\": \"paypal\"", "\"source\": \"bitcoin\"");

    assertThat(readError(json))
        .startsWith(
            "users[\"bo_kim_2\"].payment_methods[\"paypal_2\"].source: unknown source \"bitcoin\"");
  }

  @Test
  void fulfilmentOfAnItemNotOnTheOrder() {
    String json =
        edited(
            SMALL_STORE,
            "\"item_ids\": [\"2000000001\", \"2000000001\", \"2000000003\"]",
            "\"item_ids\": [\"2000000002\"]");

    assertThat(readError(json))
        .isEqualTo(
            "orders[\"#W1\"].fulfillments[0].item_ids: item \"2000000002\" is not an item of this"
                + " order");
  }

  @Test
  void returnOfMoreUnitsThanBought() {
    String json =
        edited(
            SMALL_STORE,
            "\"status\": \"delivered\",",
            "\"status\": \"return requested\", \"return_items\": [\"2000000003\", \"2000000003\"],"
                + " \"return_payment_method_id\": \"gift_card_1\",");

    assertThat(readError(json))
        .isEqualTo(
            "orders[\"#W1\"].return_items: item \"2000000003\" is listed more often than the order"
                + " has it");
  }

  @Test
  void exchangeForAnItemOfAnotherProduct() {
    String json =
        edited(
            SMALL_STORE,
            "\"status\": \"delivered\",",
            "\"status\": \"exchange requested\", \"exchange_items\": [\"2000000001\"],"
                + " \"exchange_new_items\": [\"2000000003\"], \"exchange_payment_method_id\":"
                + " \"gift_card_1\", \"exchange_price_difference\": -13.25,");

    assertThat(importError(json))
        .startsWith("orders[\"#W1\"].exchange_new_items: no new item of the same product");
  }

  @Test
  void requestedReturnNeedsTheMatchingStatus() {
    String json =
        edited(
            SMALL_STORE,
            "\"status\": \"delivered\",",
            "\"status\": \"delivered\", \"return_items\": [\"2000000003\"],"
                + " \"return_payment_method_id\": \"gift_card_1\",");

    assertThat(readError(json))
        .isEqualTo(
            "orders[\"#W1\"].status: an order with a requested return must be return requested");
  }

  @Test
  void undeclaredCategory() {
    String json =
        edited(
            SMALL_STORE,
            "\"name\": \"Yoga Mat\",\n      \"product_id\"",
            "\"name\": \"Yoga Mat\", \"category\": \"gadgets\",\n      \"product_id\"");

    assertThat(readError(json))
        .isEqualTo("products[\"1000000002\"].category: unknown category \"gadgets\"");
  }

  @Test
  void badCategorySlug() {
    String json =
        edited(WITH_EXTENSIONS, "\"slug\": \"lighting\"", "\"slug\": \"Lighting & Lamps\"");

    assertThat(readError(json)).startsWith("categories[0].slug: must be lower-case");
  }

  @Test
  void stockThatContradictsAvailability() {
    String json = edited(WITH_EXTENSIONS, "\"available\": false,", "\"available\": true,");

    assertThat(readError(json))
        .isEqualTo(
            "products[\"1000000001\"].variants[\"2000000002\"].available: contradicts stock 0");
  }

  @Test
  void unknownTier() {
    String json = edited(WITH_EXTENSIONS, "\"tier\": \"premium\"", "\"tier\": \"gold\"");

    assertThat(readError(json)).startsWith("users[\"ann_lee_1\"].tier: unknown tier \"gold\"");
  }

  @Test
  void voucherEndingBeforeItStarts() {
    String json = edited(WITH_EXTENSIONS, "\"2026-01-01T00:00:00Z\"", "\"2024-12-31T00:00:00Z\"");

    assertThat(readError(json)).isEqualTo("vouchers[0].valid_until: must be after valid_from");
  }

  @Test
  void percentageAboveHundred() {
    String json = edited(WITH_EXTENSIONS, "\"discount_value\": 10", "\"discount_value\": 110");

    assertThat(readError(json))
        .startsWith("vouchers[0].discount_value: a percentage must be at most 100");
  }

  @Test
  void duplicateKey() {
    String json = edited(SMALL_STORE, "\"1000000002\": {", "\"1000000001\": {");

    assertThat(readError(json)).isEqualTo("products[\"1000000001\"]: duplicate key");
  }
}
