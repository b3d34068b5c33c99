package com.shopassistant.it.eval;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A part of τ²-bench's {@code db.json} under keys of its own — every product, and some users with
 * their orders — so a container test can change it without touching the file's own rows, which
 * other tests import and compare. Keys get a prefix: users, payment methods and e-mails {@code
 * rp-}, products and items {@code RP-}, orders {@code #RP-W…}. Action arguments are renamed alike.
 */
final class Tau2Subset {

  private Tau2Subset() {}

  static String user(String id) {
    return "rp-" + id;
  }

  static String method(String id) {
    return "rp-" + id;
  }

  static String item(String id) {
    return "RP-" + id;
  }

  static String order(String id) {
    return "#RP-" + id.substring(1);
  }

  /** All products, the given users and their orders, renamed. */
  static JsonObject of(JsonObject db, Collection<String> userIds) {
    JsonObjectBuilder products = Json.createObjectBuilder();
    db.getJsonObject("products")
        .forEach((id, p) -> products.add(item(id), product(p.asJsonObject())));
    JsonObjectBuilder users = Json.createObjectBuilder();
    JsonObjectBuilder orders = Json.createObjectBuilder();
    for (String userId : userIds) {
      JsonObject u = db.getJsonObject("users").getJsonObject(userId);
      users.add(user(userId), user(u));
      for (JsonString o : u.getJsonArray("orders").getValuesAs(JsonString.class)) {
        orders.add(
            order(o.getString()), order(db.getJsonObject("orders").getJsonObject(o.getString())));
      }
    }
    return Json.createObjectBuilder()
        .add("products", products)
        .add("users", users)
        .add("orders", orders)
        .build();
  }

  /** A τ² action's arguments with the ids renamed. */
  static JsonObject arguments(JsonObject arguments) {
    JsonObjectBuilder renamed = Json.createObjectBuilder(arguments);
    rename(renamed, arguments, "order_id", Tau2Subset::order);
    rename(renamed, arguments, "user_id", Tau2Subset::user);
    rename(renamed, arguments, "payment_method_id", Tau2Subset::method);
    rename(renamed, arguments, "product_id", Tau2Subset::item);
    rename(renamed, arguments, "email", Tau2Subset::user);
    for (String list : new String[] {"item_ids", "new_item_ids"}) {
      if (arguments.containsKey(list)) {
        renamed.add(list, renamed(arguments.getJsonArray(list), Tau2Subset::item));
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

  private static JsonObject product(JsonObject p) {
    return Json.createObjectBuilder(p)
        .add("product_id", item(p.getString("product_id")))
        .add("variants", renamedKeys(p.getJsonObject("variants"), Tau2Subset::item, "item_id"))
        .build();
  }

  private static JsonObject user(JsonObject u) {
    return Json.createObjectBuilder(u)
        .add("user_id", user(u.getString("user_id")))
        .add("email", user(u.getString("email")))
        .add(
            "payment_methods",
            renamedKeys(u.getJsonObject("payment_methods"), Tau2Subset::method, "id"))
        .add("orders", renamed(u.getJsonArray("orders"), Tau2Subset::order))
        .build();
  }

  private static JsonObject order(JsonObject o) {
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
              .add("item_ids", renamed(f.getJsonArray("item_ids"), Tau2Subset::item)));
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
