package com.shopassistant.assistant.offline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Words the cart, saved addresses and payment methods for people. */
final class CartReplies {

  private final Turn turn;

  CartReplies(Turn turn) {
    this.turn = turn;
  }

  /** The cart a cart tool answered (bare, or under "cart"), after a headline when given. */
  String cart(Map<String, Object> data, String headline) {
    Map<String, Object> cart = cartOf(data);
    StringJoiner reply = new StringJoiner("\n");
    if (headline != null) {
      reply.add(headline);
    }
    List<Map<String, Object>> lines = lines(cart);
    if (lines.isEmpty()) {
      reply.add(turn.say(Phrase.CART_EMPTY));
      return reply.toString();
    }
    String currency = Money.currency(cart);
    reply.add(turn.say(Phrase.CART_HEADER));
    for (int i = 0; i < lines.size(); i++) {
      reply.add((i + 1) + ". " + line(lines.get(i), currency));
    }
    totals(reply, cart, currency);
    reply.add(turn.say(Phrase.CHECKOUT_HINT));
    return reply.toString();
  }

  static Map<String, Object> cartOf(Map<String, Object> data) {
    Map<String, Object> nested = Fields.nested(data, "cart");
    return nested.isEmpty() ? data : nested;
  }

  static List<Map<String, Object>> lines(Map<String, Object> cart) {
    return Fields.maps(cart, "lines", "items");
  }

  /** "Wireless Earbuds (black, standard) × 2 — $198.00". */
  static String line(Map<String, Object> line, String currency) {
    String options = Fields.options(line.get("options"));
    Long quantity = Fields.whole(line, "quantity");
    String total = Money.format(line, currency, "line_total", "total", "unit_price", "price");
    return CatalogReplies.name(line)
        + (options.isEmpty() ? "" : " (" + options + ")")
        + (quantity == null ? "" : " × " + quantity)
        + (total == null ? "" : " — " + total);
  }

  /** Subtotal, discount (with the voucher), shipping and total, those the result holds. */
  void totals(StringJoiner reply, Map<String, Object> data, String currency) {
    BigDecimal subtotal = Fields.decimal(data, "subtotal");
    BigDecimal discount = Fields.decimal(data, "discount");
    String voucher = Fields.text(data, "voucher", "voucher_code");
    if (subtotal != null) {
      reply.add(turn.say(Phrase.SUBTOTAL, Money.format(subtotal, currency)));
    }
    if (discount != null && discount.signum() != 0) {
      String amount = Money.format(discount.abs(), currency);
      reply.add(
          voucher == null
              ? turn.say(Phrase.DISCOUNT, amount)
              : turn.say(Phrase.DISCOUNT_VOUCHER, voucher, amount));
    }
    BigDecimal shipping = Fields.decimal(data, "shipping");
    if (shipping != null) {
      reply.add(turn.say(Phrase.SHIPPING, Money.format(shipping, currency)));
    }
    String total = Money.format(data, currency, "total");
    if (total != null) {
      reply.add(turn.say(Phrase.TOTAL, total));
    }
  }

  String addresses(Map<String, Object> data) {
    List<Map<String, Object>> addresses = Fields.maps(data, "addresses");
    if (addresses.isEmpty()) {
      return turn.say(Phrase.NO_ADDRESSES);
    }
    return turn.say(Phrase.ADDRESSES) + "\n" + addressLines(addresses);
  }

  String addressLines(List<Map<String, Object>> addresses) {
    StringJoiner lines = new StringJoiner("\n");
    for (Map<String, Object> address : addresses) {
      String label = Fields.text(address, "label");
      String text = Fields.text(address, "address", "line", "one_line");
      lines.add(
          "- "
              + (label == null ? "" : label + ": ")
              + (text == null ? "" : text)
              + (Fields.flag(address, "default") ? " " + turn.say(Phrase.DEFAULT) : ""));
    }
    return lines.toString();
  }

  String paymentMethods(Map<String, Object> data) {
    List<Map<String, Object>> methods = Fields.maps(data, "payment_methods", "paymentMethods");
    if (methods.isEmpty()) {
      return turn.say(Phrase.NO_PAYMENT_METHODS);
    }
    return turn.say(Phrase.PAYMENT_METHODS) + "\n" + paymentLines(methods, Money.currency(data));
  }

  String paymentLines(List<Map<String, Object>> methods, String currency) {
    StringJoiner lines = new StringJoiner("\n");
    for (Map<String, Object> method : methods) {
      String description = Fields.text(method, "description", "kind");
      String code = Fields.text(method, "code");
      String balance = Money.format(method, currency, "balance");
      lines.add(
          "- "
              + (description == null ? code : description)
              + (code == null || description == null ? "" : " (" + code + ")")
              + (balance == null ? "" : ", " + turn.say(Phrase.BALANCE, balance))
              + (Fields.flag(method, "default") ? " " + turn.say(Phrase.DEFAULT) : ""));
    }
    return lines.toString();
  }
}
