package com.shopassistant.ordercare;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.customer.PostalAddress;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;

/**
 * A quoted request as the payload of its pending confirmation: {@code {"request": {...}, "quoted":
 * "<plan fingerprint>"}}. The confirm step reads the request back, plans it again and compares the
 * fingerprint with the one quoted.
 */
final class CareRequestCodec {

  private CareRequestCodec() {}

  static String payload(CareRequest request, String fingerprint) {
    return Json.createObjectBuilder()
        .add("request", encode(request))
        .add("quoted", fingerprint)
        .build()
        .toString();
  }

  static String quotedFingerprint(String payload) {
    return read(payload).getString("quoted");
  }

  static CareRequest request(ConfirmableAction action, String payload) {
    JsonObject r = read(payload).getJsonObject("request");
    return switch (action) {
      case CANCEL_ORDER -> new CareRequest.Cancel(text(r, "reason"));
      case MODIFY_ORDER_ADDRESS ->
          new CareRequest.ShippingAddress(
              new PostalAddress(
                  text(r, "address1"),
                  text(r, "address2"),
                  text(r, "city"),
                  text(r, "state"),
                  text(r, "zip"),
                  text(r, "country")));
      case MODIFY_ORDER_PAYMENT -> new CareRequest.Payment(text(r, "paymentMethodCode"));
      case MODIFY_ORDER_ITEMS ->
          new CareRequest.ModifyItems(swaps(r), text(r, "paymentMethodCode"));
      case RETURN_ITEMS ->
          new CareRequest.Return(
              r.getJsonArray("itemCodes").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList(),
              text(r, "paymentMethodCode"),
              text(r, "reason"));
      case EXCHANGE_ITEMS ->
          new CareRequest.Exchange(swaps(r), text(r, "paymentMethodCode"), text(r, "reason"));
      default -> throw new IllegalArgumentException("not an order-care action: " + action);
    };
  }

  private static JsonObject encode(CareRequest request) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (request instanceof CareRequest.Cancel cancel) {
      optional(json, "reason", cancel.reason());
    } else if (request instanceof CareRequest.ShippingAddress address) {
      PostalAddress a = address.address();
      optional(json, "address1", a.getAddress1());
      optional(json, "address2", a.getAddress2());
      optional(json, "city", a.getCity());
      optional(json, "state", a.getState());
      optional(json, "zip", a.getZip());
      optional(json, "country", a.getCountry());
    } else if (request instanceof CareRequest.Payment payment) {
      optional(json, "paymentMethodCode", payment.paymentMethodCode());
    } else if (request instanceof CareRequest.ModifyItems modify) {
      json.add("swaps", swaps(modify.swaps()));
      optional(json, "paymentMethodCode", modify.paymentMethodCode());
    } else if (request instanceof CareRequest.Return returned) {
      JsonArrayBuilder codes = Json.createArrayBuilder();
      returned.itemCodes().forEach(codes::add);
      json.add("itemCodes", codes);
      optional(json, "paymentMethodCode", returned.paymentMethodCode());
      optional(json, "reason", returned.reason());
    } else {
      CareRequest.Exchange exchange = (CareRequest.Exchange) request;
      json.add("swaps", swaps(exchange.swaps()));
      optional(json, "paymentMethodCode", exchange.paymentMethodCode());
      optional(json, "reason", exchange.reason());
    }
    return json.build();
  }

  private static JsonArrayBuilder swaps(List<CareRequest.Swap> swaps) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (CareRequest.Swap swap : swaps) {
      JsonObjectBuilder item = Json.createObjectBuilder();
      optional(item, "itemCode", swap.itemCode());
      optional(item, "newItemCode", swap.newItemCode());
      array.add(item);
    }
    return array;
  }

  private static List<CareRequest.Swap> swaps(JsonObject request) {
    return request.getJsonArray("swaps").getValuesAs(JsonObject.class).stream()
        .map(s -> new CareRequest.Swap(text(s, "itemCode"), text(s, "newItemCode")))
        .toList();
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String text(JsonObject json, String name) {
    return json.containsKey(name) && !json.isNull(name) ? json.getString(name) : null;
  }

  private static JsonObject read(String payload) {
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      return reader.readObject();
    }
  }
}
