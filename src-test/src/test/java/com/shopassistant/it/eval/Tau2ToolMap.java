package com.shopassistant.it.eval;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * τ²-bench retail's tools onto ours (the table in docs/evaluation.md). Ours run as the signed-in
 * customer, so no call carries a user id: the replay signs in as the action list's user instead,
 * and τ²'s user lookups are answered by that sign-in. Its writes are our quoting tools, each
 * followed by {@code confirm_order_change} after the customer's "yes".
 */
final class Tau2ToolMap {

  /** τ²'s lookups of the user's id: the replay's sign-in is their answer; no tool runs. */
  static final Set<String> IDENTIFICATION =
      Set.of("find_user_id_by_email", "find_user_id_by_name_zip");

  /** τ²'s writes: a quote here, then the confirmation. */
  static final Set<String> WRITES =
      Set.of(
          "cancel_pending_order",
          "modify_pending_order_address",
          "modify_pending_order_items",
          "modify_pending_order_payment",
          "modify_user_address",
          "return_delivered_order_items",
          "exchange_delivered_order_items");

  private Tau2ToolMap() {}

  /**
   * Our function calls for one τ² action, as the fake's {@code functionCalls} array.
   *
   * @throws IllegalArgumentException for a tool τ² does not have
   */
  static JsonArray calls(String name, JsonObject a) {
    return switch (name) {
      case "get_user_details" ->
          array(
              call("list_addresses", empty()),
              call("list_payment_methods", empty()),
              call("list_orders", empty()));
      case "get_order_details" ->
          array(call("get_order_details", obj().add("order_number", a.getString("order_id"))));
      case "get_product_details" ->
          array(call("get_product_details", obj().add("product", a.getString("product_id"))));
      case "list_all_product_types" -> array(call("list_categories", empty()));
      case "calculate" ->
          array(call("calculate", obj().add("expression", a.getString("expression"))));
      case "transfer_to_human_agents" ->
          array(call("transfer_to_human_agents", obj().add("summary", a.getString("summary"))));
      case "cancel_pending_order" ->
          array(call("cancel_pending_order", order(a).add("reason", a.getString("reason"))));
      case "modify_pending_order_address" ->
          array(call("modify_pending_order_address", address(order(a), a)));
      case "modify_user_address" -> array(call("change_default_address", address(obj(), a)));
      case "modify_pending_order_payment" ->
          array(call("modify_pending_order_payment", paidWith(order(a), a)));
      case "modify_pending_order_items", "exchange_delivered_order_items" ->
          array(call(name, paidWith(order(a), a).add("swaps", swaps(a))));
      case "return_delivered_order_items" ->
          array(
              call(
                  name,
                  paidWith(order(a), a)
                      .add("item_codes", Json.createArrayBuilder(strings(a, "item_ids")))));
      default -> throw new IllegalArgumentException("τ²-bench retail has no tool " + name);
    };
  }

  /** What the customer says to have the action done: its words choose the tool groups shown. */
  static String message(String name, JsonObject arguments) {
    return "Please do this for me: " + name.replace('_', ' ') + " " + arguments;
  }

  private static JsonArrayBuilder swaps(JsonObject a) {
    List<String> items = strings(a, "item_ids");
    List<String> next = strings(a, "new_item_ids");
    if (items.size() != next.size()) {
      throw new IllegalArgumentException("item_ids and new_item_ids differ in length");
    }
    JsonArrayBuilder swaps = Json.createArrayBuilder();
    for (int i = 0; i < items.size(); i++) {
      swaps.add(obj().add("item_code", items.get(i)).add("new_item_code", next.get(i)));
    }
    return swaps;
  }

  private static JsonObjectBuilder address(JsonObjectBuilder call, JsonObject a) {
    for (String field : List.of("address1", "address2", "city", "state", "country", "zip")) {
      if (a.get(field) instanceof JsonString value && !value.getString().isEmpty()) {
        call.add(field, value);
      }
    }
    return call;
  }

  private static JsonObjectBuilder order(JsonObject a) {
    return obj().add("order_number", a.getString("order_id"));
  }

  private static JsonObjectBuilder paidWith(JsonObjectBuilder call, JsonObject a) {
    return call.add("payment_method_code", a.getString("payment_method_id"));
  }

  private static List<String> strings(JsonObject a, String field) {
    return a.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static JsonObject call(String name, JsonObjectBuilder args) {
    return obj().add("name", name).add("args", args).build();
  }

  private static JsonObjectBuilder empty() {
    return obj();
  }

  private static JsonObjectBuilder obj() {
    return Json.createObjectBuilder();
  }

  private static JsonArray array(JsonValue... calls) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonValue call : calls) {
      array.add(call);
    }
    return array.build();
  }
}
