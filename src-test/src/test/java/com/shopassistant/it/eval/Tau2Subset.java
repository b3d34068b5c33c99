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

  /** The renaming: users {@code rp-…}, items {@code RP-…}, orders {@code #RP-W…}. */
  static final Tau2Rename RP = new Tau2Rename("rp");

  private Tau2Subset() {}

  /** All products, the given users and their orders, renamed. */
  static JsonObject of(JsonObject db, Collection<String> userIds) {
    JsonObjectBuilder users = Json.createObjectBuilder();
    JsonObjectBuilder orders = Json.createObjectBuilder();
    for (String userId : userIds) {
      JsonObject u = db.getJsonObject("users").getJsonObject(userId);
      users.add(userId, u);
      for (JsonString o : u.getJsonArray("orders").getValuesAs(JsonString.class)) {
        orders.add(o.getString(), db.getJsonObject("orders").getJsonObject(o.getString()));
      }
    }
    return RP.file(
        Json.createObjectBuilder()
            .add("products", db.getJsonObject("products"))
            .add("users", users)
            .add("orders", orders)
            .build());
  }
}
