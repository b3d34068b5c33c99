package com.shopassistant.assistant.offline;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Words checkout quotes, order-care quotes, confirmations, orders and hand-overs for people. Every
 * quote ends with the request for an explicit yes: nothing is committed without it.
 */
final class OrderReplies {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'");

  private final Turn turn;
  private final CartReplies cart;

  OrderReplies(Turn turn) {
    this.turn = turn;
    this.cart = new CartReplies(turn);
  }

  String checkoutQuote(Map<String, Object> data) {
    String currency = Money.currency(data);
    StringJoiner reply = new StringJoiner("\n");
    reply.add(turn.say(Phrase.QUOTE_CHECKOUT));
    Map<String, Object> lines = CartReplies.cartOf(data);
    for (Map<String, Object> line : CartReplies.lines(lines)) {
      reply.add("- " + CartReplies.line(line, currency));
    }
    Map<String, Object> totals = Fields.nested(data, "totals");
    cart.totals(reply, totals.isEmpty() ? data : totals, currency);
    if (!totals.isEmpty() && !Fields.has(totals, "total") && Fields.has(data, "total")) {
      reply.add(turn.say(Phrase.TOTAL, Money.format(data, currency, "total")));
    }
    String shipTo = describe(Fields.first(data, "ship_to", "shipping_address", "address"));
    if (!shipTo.isEmpty()) {
      reply.add(turn.say(Phrase.SHIP_TO, shipTo));
    }
    String payWith = describe(Fields.first(data, "pay_with", "payment_method", "payment"));
    if (!payWith.isEmpty()) {
      reply.add(turn.say(Phrase.PAY_WITH, payWith));
    }
    reply.add(askYes(data));
    return reply.toString();
  }

  String changeQuote(String tool, Map<String, Object> data) {
    String currency = Money.currency(data);
    String order = Fields.text(data, "order_number", "orderNumber");
    StringJoiner reply = new StringJoiner("\n");
    reply.add(headline(tool, data, order == null ? "" : order));
    for (Map<String, Object> item : Fields.maps(data, "items")) {
      reply.add("- " + item(item, currency));
    }
    money(reply, data, currency, "refunds", Phrase.REFUND);
    money(reply, data, currency, "charges", Phrase.CHARGE);
    String difference = Money.format(data, currency, "price_difference", "priceDifference");
    if (difference != null) {
      reply.add(turn.say(Phrase.PRICE_DIFFERENCE, difference));
    }
    String after = Fields.text(data, "status_after", "statusAfter");
    if (after != null) {
      reply.add(turn.say(Phrase.STATUS_AFTER, status(after)));
    }
    reply.add(askYes(data));
    return reply.toString();
  }

  private String headline(String tool, Map<String, Object> data, String order) {
    return switch (tool) {
      case "cancel_pending_order" ->
          turn.say(
              Phrase.QUOTE_CANCEL,
              order,
              Fields.textOr(data, "cancel_reason", "cancelReason", "reason"));
      case "return_delivered_order_items" -> turn.say(Phrase.QUOTE_RETURN, order);
      case "exchange_delivered_order_items", "modify_pending_order_items" ->
          turn.say(Phrase.QUOTE_EXCHANGE, order);
      case "modify_pending_order_address" ->
          turn.say(
              Phrase.QUOTE_ADDRESS,
              order,
              describe(Fields.first(data, "new_shipping_address", "newShippingAddress")));
      case "modify_pending_order_payment" -> turn.say(Phrase.QUOTE_PAYMENT, order);
      default -> turn.say(Phrase.QUOTE_CHANGE, order);
    };
  }

  private String item(Map<String, Object> item, String currency) {
    String options = Fields.options(Fields.first(item, "options"));
    String newOptions = Fields.options(Fields.first(item, "new_options", "newOptions"));
    String price = Money.format(item, currency, "unit_price", "price", "unitPrice");
    return Fields.textOr(item, "product_name", "product", "productName", "name", "item_code")
        + (options.isEmpty() ? "" : " (" + options + ")")
        + (newOptions.isEmpty() ? "" : " → (" + newOptions + ")")
        + (price == null ? "" : " — " + price);
  }

  private void money(
      StringJoiner reply, Map<String, Object> data, String currency, String key, Phrase phrase) {
    for (Map<String, Object> entry : Fields.maps(data, key)) {
      String amount = Money.format(entry, currency, "amount");
      String method =
          Fields.text(
              entry, "payment_method_code", "paymentMethodCode", "payment_method", "method");
      if (amount != null) {
        reply.add(turn.say(phrase, amount, method == null ? "?" : method));
      }
    }
  }

  private String askYes(Map<String, Object> data) {
    String expires = Fields.text(data, "expires_at", "expiresAt");
    try {
      String until =
          expires == null
              ? ""
              : turn.say(
                  Phrase.VALID_UNTIL,
                  OffsetDateTime.parse(expires).withOffsetSameInstant(ZoneOffset.UTC).format(TIME));
      return turn.say(Phrase.REPLY_YES, until);
    } catch (DateTimeParseException e) {
      return turn.say(Phrase.REPLY_YES, "");
    }
  }

  String confirmed(String tool, Map<String, Object> data) {
    String order = Fields.text(data, "order_number", "orderNumber");
    String status = status(Fields.text(data, "status"));
    if (tool.equals("confirm_checkout")) {
      String total = Money.format(data, Money.currency(data), "total");
      return turn.say(
          Phrase.ORDER_PLACED, order == null ? "" : order, status, total == null ? "" : total);
    }
    return order == null
        ? turn.say(Phrase.CHANGE_SAVED)
        : turn.say(Phrase.CHANGE_DONE, order, status);
  }

  String orders(Map<String, Object> data) {
    List<Map<String, Object>> orders = Fields.maps(data, "orders");
    if (orders.isEmpty()) {
      return turn.say(Phrase.NO_ORDERS);
    }
    String currency = Money.currency(data);
    StringJoiner reply = new StringJoiner("\n");
    reply.add(turn.say(Phrase.ORDERS));
    for (Map<String, Object> order : orders) {
      StringJoiner line = new StringJoiner(" — ", "- ", "");
      line.add(Fields.textOr(order, "order_number", "orderNumber"));
      line.add(status(Fields.text(order, "status")));
      String total = Money.format(order, currency, "total");
      if (total != null) {
        line.add(total);
      }
      Long items = Fields.whole(order, "items");
      if (items == null && Fields.first(order, "items") instanceof List<?> list) {
        items = (long) list.size();
      }
      if (items != null) {
        line.add(turn.say(Phrase.ITEM_COUNT, items));
      }
      reply.add(line.toString());
    }
    reply.add(turn.say(Phrase.ORDERS_HINT));
    return reply.toString();
  }

  String order(Map<String, Object> data) {
    String currency = Money.currency(data);
    StringJoiner reply = new StringJoiner("\n");
    reply.add(
        turn.say(
            Phrase.ORDER_STATUS,
            Fields.textOr(data, "order_number", "orderNumber"),
            status(Fields.text(data, "status"))));
    for (Map<String, Object> item : Fields.maps(data, "items")) {
      reply.add("- " + item(item, currency));
    }
    String address = describe(Fields.first(data, "address", "shipping_address"));
    if (!address.isEmpty()) {
      reply.add(turn.say(Phrase.SHIP_TO, address));
    }
    for (Map<String, Object> fulfilment : Fields.maps(data, "fulfilments", "fulfillments")) {
      String tracking = String.join(", ", Fields.texts(fulfilment, "tracking_ids", "tracking_id"));
      if (tracking.isEmpty()) {
        tracking = Fields.textOr(fulfilment, "tracking_id", "tracking");
      }
      reply.add(turn.say(Phrase.TRACKING, tracking));
    }
    return reply.toString();
  }

  String transferred(Map<String, Object> data) {
    String reference = Fields.text(data, "reference");
    return turn.say(
        Phrase.TRANSFERRED, reference == null ? "" : turn.say(Phrase.REFERENCE, reference));
  }

  /** A status for people, in the turn's language: "DELIVERED" → "delivered"/"terkirim". */
  String status(String status) {
    if (status == null) {
      return "?";
    }
    String key = status.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_").replaceAll("^_|_$", "");
    String text =
        Texts.optional(turn.language, "status." + key.replace("item_modified", "items_modified"));
    return text != null ? text : status.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** An address or payment method for people: a string as is, a map's values joined. */
  static String describe(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> fields = Fields.map(map);
      String one = Fields.text(fields, "description", "address", "line");
      if (one != null) {
        return one;
      }
      StringJoiner joined = new StringJoiner(", ");
      for (String key : List.of("address1", "address2", "city", "state", "zip", "country")) {
        String part = Fields.text(fields, key);
        if (part != null) {
          joined.add(part);
        }
      }
      return joined.length() > 0 ? joined.toString() : Fields.options(map);
    }
    return value == null ? "" : value.toString();
  }
}
