package com.shopassistant.it.ordercare;

import com.shopassistant.it.support.Tau2Rename;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The τ²-bench retail {@code db.json}, read on the client, and the orders the parity tests act on:
 * one per operation, each of another user, chosen in order-id order by what the operation needs.
 *
 * <p>The tests import those orders, their users and their products under prefixed keys ({@code
 * #OC-W…}, {@code oc-<user>}, {@code oc-<payment method>}, {@code OC-<item>}), emails prefixed too.
 * Everything else is the file's: names, prices, options, availability, statuses, payment history,
 * gift-card balances. The prefix keeps the file's own rows untouched for other tests that import
 * and count them (Tau2ImportIT), whatever order the test classes run in.
 */
final class Tau2Store {

  private final JsonObject db;

  private Tau2Store(JsonObject db) {
    this.db = db;
  }

  static Tau2Store load() throws IOException {
    Path file =
        Path.of(
            System.getProperty("it.shared.dir", "../../shared"), "datasets/tau2-retail/db.json");
    try (Reader in = Files.newBufferedReader(file);
        JsonReader reader = Json.createReader(in)) {
      return new Tau2Store(reader.readObject());
    }
  }

  // ---- keys as imported

  private static final Tau2Rename OC = new Tau2Rename("oc");

  static String number(String orderId) {
    return OC.order(orderId);
  }

  static String handle(String userId) {
    return OC.user(userId);
  }

  static String method(String paymentMethodId) {
    return OC.method(paymentMethodId);
  }

  static String item(String itemId) {
    return OC.item(itemId);
  }

  // ---- reading the file

  JsonObject order(String orderId) {
    return db.getJsonObject("orders").getJsonObject(orderId);
  }

  JsonObject user(String userId) {
    return db.getJsonObject("users").getJsonObject(userId);
  }

  static JsonObject payment(JsonObject order) {
    return order.getJsonArray("payment_history").getJsonObject(0);
  }

  static BigDecimal money(JsonObject json, String field) {
    return json.getJsonNumber(field).bigDecimalValue().setScale(2);
  }

  /** A gift card's balance as the file has it. */
  BigDecimal balance(String userId, String giftCardId) {
    return money(
        user(userId).getJsonObject("payment_methods").getJsonObject(giftCardId), "balance");
  }

  /** The first available variant of the item's product, by item id, other than the item. */
  Optional<JsonObject> alternative(JsonObject item) {
    JsonObject variants =
        db.getJsonObject("products")
            .getJsonObject(item.getString("product_id"))
            .getJsonObject("variants");
    return variants.keySet().stream()
        .sorted()
        .map(variants::getJsonObject)
        .filter(
            v ->
                v.getBoolean("available")
                    && !v.getString("item_id").equals(item.getString("item_id")))
        .findFirst();
  }

  /** What switching the order's first item to its alternative costs (tau2: rounded to cents). */
  Optional<BigDecimal> firstItemDifference(JsonObject order) {
    JsonObject first = order.getJsonArray("items").getJsonObject(0);
    return alternative(first).map(v -> money(v, "price").subtract(money(first, "price")));
  }

  /** The user's first gift card (by id) holding at least {@code amount}. */
  Optional<JsonObject> giftCardCovering(String userId, BigDecimal amount) {
    JsonObject methods = user(userId).getJsonObject("payment_methods");
    return methods.keySet().stream()
        .sorted()
        .map(methods::getJsonObject)
        .filter(m -> m.getString("source").equals("gift_card"))
        .filter(m -> money(m, "balance").compareTo(amount.max(BigDecimal.ZERO)) >= 0)
        .findFirst();
  }

  // ---- the orders acted on

  /** An order picked for an operation, and its user. */
  record Pick(String orderId, String userId) {}

  /** The picks by operation; deterministic for a given file. */
  Map<String, Pick> picks() {
    Map<String, Pick> picks = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    pick(picks, used, "cancelGift", o -> single(o, "pending") && paidByGiftCard(o));
    pick(picks, used, "cancelCard", o -> single(o, "pending") && !paidByGiftCard(o));
    pick(picks, used, "address", o -> single(o, "pending"));
    pick(
        picks,
        used,
        "payment",
        o ->
            single(o, "pending")
                && !paidByGiftCard(o)
                && giftCardCovering(o.getString("user_id"), money(payment(o), "amount"))
                    .isPresent());
    pick(picks, used, "items", o -> single(o, "pending") && swappableWithGiftCard(o));
    pick(picks, used, "return", o -> single(o, "delivered"));
    pick(picks, used, "exchange", o -> single(o, "delivered") && swappableWithGiftCard(o));
    pick(picks, used, "defaultAddress", o -> true);
    return picks;
  }

  private void pick(
      Map<String, Pick> picks, Set<String> used, String operation, Predicate<JsonObject> wanted) {
    JsonObject orders = db.getJsonObject("orders");
    String orderId =
        orders.keySet().stream()
            .sorted()
            .filter(id -> !used.contains(orders.getJsonObject(id).getString("user_id")))
            .filter(id -> wanted.test(orders.getJsonObject(id)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("db.json has no order to " + operation));
    String userId = orders.getJsonObject(orderId).getString("user_id");
    used.add(userId);
    picks.put(operation, new Pick(orderId, userId));
  }

  private static boolean single(JsonObject order, String status) {
    return order.getString("status").equals(status)
        && order.getJsonArray("payment_history").size() == 1;
  }

  private static boolean paidByGiftCard(JsonObject order) {
    return payment(order).getString("payment_method_id").startsWith("gift_card_");
  }

  private boolean swappableWithGiftCard(JsonObject order) {
    return firstItemDifference(order)
        .flatMap(diff -> giftCardCovering(order.getString("user_id"), diff))
        .isPresent();
  }

  // ---- the file the tests import

  /** The picked orders, their users and every product they hold, under the prefixed keys. */
  String subsetFile() {
    JsonObjectBuilder users = Json.createObjectBuilder();
    JsonObjectBuilder orders = Json.createObjectBuilder();
    Set<String> productIds = new LinkedHashSet<>();
    for (Pick pick : picks().values()) {
      users.add(
          handle(pick.userId()),
          Json.createObjectBuilder(OC.user(user(pick.userId()))).remove("orders"));
      JsonObject order = order(pick.orderId());
      order
          .getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(i -> productIds.add(i.getString("product_id")));
      orders.add(number(pick.orderId()), OC.order(order));
    }
    JsonObjectBuilder products = Json.createObjectBuilder();
    for (String id : productIds) {
      products.add(item(id), OC.product(db.getJsonObject("products").getJsonObject(id)));
    }
    return Json.createObjectBuilder()
        .add("products", products)
        .add("users", users)
        .add("orders", orders)
        .build()
        .toString();
  }
}
