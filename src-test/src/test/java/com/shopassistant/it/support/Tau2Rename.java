package com.shopassistant.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * τ²-bench retail records under keys of a test's own, so the test can import and change them
 * without touching the file's own rows, which other tests import, count and compare. With prefix
 * {@code oc}: users, payment methods and e-mails {@code oc-…}, products and items {@code OC-…},
 * orders {@code #OC-W…}; every reference inside a record is renamed alike.
 *
 * @param prefix lower-case letters
 */
public record Tau2Rename(String prefix) {

  public String user(String id) {
    return prefix + "-" + id;
  }

  public String method(String id) {
    return prefix + "-" + id;
  }

  public String item(String id) {
    return prefix.toUpperCase(Locale.ROOT) + "-" + id;
  }

  /** {@code #W123} → {@code #OC-W123}. */
  public String order(String id) {
    return "#" + prefix.toUpperCase(Locale.ROOT) + "-" + id.substring(1);
  }

  /** A whole {@code db.json}: its products, users and orders, keys and references renamed. */
  public JsonObject file(JsonObject db) {
    JsonObjectBuilder products = Json.createObjectBuilder();
    db.getJsonObject("products")
        .forEach((id, p) -> products.add(item(id), product(p.asJsonObject())));
    JsonObjectBuilder users = Json.createObjectBuilder();
    db.getJsonObject("users").forEach((id, u) -> users.add(user(id), user(u.asJsonObject())));
    JsonObjectBuilder orders = Json.createObjectBuilder();
    db.getJsonObject("orders").forEach((id, o) -> orders.add(order(id), order(o.asJsonObject())));
    return Json.createObjectBuilder()
        .add("products", products)
        .add("users", users)
        .add("orders", orders)
        .build();
  }

  public JsonObject product(JsonObject p) {
    return Json.createObjectBuilder(p)
        .add("product_id", item(p.getString("product_id")))
        .add("variants", renamedKeys(p.getJsonObject("variants"), this::item, "item_id"))
        .build();
  }

  /** The user, its e-mail, payment methods and order list renamed. */
  public JsonObject user(JsonObject u) {
    JsonObjectBuilder user =
        Json.createObjectBuilder(u)
            .add("user_id", user(u.getString("user_id")))
            .add("email", user(u.getString("email")))
            .add(
                "payment_methods",
                renamedKeys(u.getJsonObject("payment_methods"), this::method, "id"));
    if (u.containsKey("orders")) {
      user.add("orders", renamed(u.getJsonArray("orders"), this::order));
    }
    return user.build();
  }

  public JsonObject order(JsonObject o) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (JsonObject i : o.getJsonArray("items").getValuesAs(JsonObject.class)) {
      items.add(
          Json.createObjectBuilder(i)
              .add("product_id", item(i.getString("product_id")))
              .add("item_id", item(i.getString("item_id"))));
    }
    JsonArrayBuilder fulfilments = Json.createArrayBuilder();
    for (JsonObject f : o.getJsonArray("fulfillments").getValuesAs(JsonObject.class)) {
      fulfilments.add(
          Json.createObjectBuilder(f)
              .add("item_ids", renamed(f.getJsonArray("item_ids"), this::item)));
    }
    JsonArrayBuilder payments = Json.createArrayBuilder();
    for (JsonObject p : o.getJsonArray("payment_history").getValuesAs(JsonObject.class)) {
      payments.add(
          Json.createObjectBuilder(p)
              .add("payment_method_id", method(p.getString("payment_method_id"))));
    }
    return Json.createObjectBuilder(o)
        .add("order_id", order(o.getString("order_id")))
        .add("user_id", user(o.getString("user_id")))
        .add("items", items)
        .add("fulfillments", fulfilments)
        .add("payment_history", payments)
        .build();
  }

  /** A τ²-bench action's arguments with the ids they name renamed. */
  public JsonObject arguments(JsonObject arguments) {
    JsonObjectBuilder renamed = Json.createObjectBuilder(arguments);
    rename(renamed, arguments, "order_id", this::order);
    rename(renamed, arguments, "user_id", this::user);
    rename(renamed, arguments, "payment_method_id", this::method);
    rename(renamed, arguments, "product_id", this::item);
    rename(renamed, arguments, "email", this::user);
    for (String list : new String[] {"item_ids", "new_item_ids"}) {
      if (arguments.containsKey(list)) {
        renamed.add(list, renamed(arguments.getJsonArray(list), this::item));
      }
    }
    return renamed.build();
  }

  private static void rename(
      JsonObjectBuilder renamed, JsonObject original, String field, UnaryOperator<String> how) {
    if (original.get(field) instanceof JsonString value) {
      renamed.add(field, how.apply(value.getString()));
    }
  }

  private static JsonObject renamedKeys(
      JsonObject byId, UnaryOperator<String> how, String idField) {
    JsonObjectBuilder renamed = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : byId.entrySet()) {
      renamed.add(
          how.apply(e.getKey()),
          Json.createObjectBuilder(e.getValue().asJsonObject())
              .add(idField, how.apply(e.getKey())));
    }
    return renamed.build();
  }

  private static JsonArray renamed(JsonArray ids, UnaryOperator<String> how) {
    JsonArrayBuilder renamed = Json.createArrayBuilder();
    ids.getValuesAs(JsonString.class).forEach(id -> renamed.add(how.apply(id.getString())));
    return renamed.build();
  }
}
