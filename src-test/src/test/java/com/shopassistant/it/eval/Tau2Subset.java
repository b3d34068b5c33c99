package com.shopassistant.it.eval;

import com.shopassistant.it.support.Tau2Rename;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.Collection;

/**
 * A part of τ²-bench's {@code db.json} under keys of its own (prefix {@code rp}, {@link
 * Tau2Rename}) — every product, and some users with all their orders — so a container test can
 * change it without touching the file's own rows. Action arguments are renamed alike.
 */
final class Tau2Subset {

  private static final Tau2Rename RP = new Tau2Rename("rp");

  private Tau2Subset() {}

  static String user(String id) {
    return RP.user(id);
  }

  static String method(String id) {
    return RP.method(id);
  }

  static String item(String id) {
    return RP.item(id);
  }

  static String order(String id) {
    return RP.order(id);
  }

  /** All products, the given users and their orders, renamed. */
  static JsonObject of(JsonObject db, Collection<String> userIds) {
    JsonObjectBuilder products = Json.createObjectBuilder();
    db.getJsonObject("products")
        .forEach((id, p) -> products.add(RP.item(id), RP.product(p.asJsonObject())));
    JsonObjectBuilder users = Json.createObjectBuilder();
    JsonObjectBuilder orders = Json.createObjectBuilder();
    for (String userId : userIds) {
      JsonObject u = db.getJsonObject("users").getJsonObject(userId);
      users.add(RP.user(userId), RP.user(u));
      for (JsonString o : u.getJsonArray("orders").getValuesAs(JsonString.class)) {
        orders.add(
            RP.order(o.getString()),
            RP.order(db.getJsonObject("orders").getJsonObject(o.getString())));
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
    return RP.arguments(arguments);
  }
}
