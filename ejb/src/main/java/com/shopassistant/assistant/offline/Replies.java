package com.shopassistant.assistant.offline;

import java.util.Map;

/**
 * The reply for any tool result, chosen by the tool's name: used when a turn stops early (the call
 * cap, a repeated call) and for errors, which are the store's own words.
 */
final class Replies {

  private Replies() {}

  static String outcome(Turn turn, Memory.Outcome outcome) {
    if (outcome.failed()) {
      return error(turn, outcome);
    }
    Map<String, Object> data = outcome.data();
    CatalogReplies catalog = new CatalogReplies(turn);
    CartReplies cart = new CartReplies(turn);
    OrderReplies orders = new OrderReplies(turn);
    return switch (outcome.tool()) {
      case "search_products" -> catalog.search(data, searched(outcome.args()));
      case "get_product_details" -> catalog.details(data);
      case "check_stock" -> catalog.stockOfItem(data);
      case "list_categories" -> catalog.categories(data);
      case "view_cart",
          "add_to_cart",
          "update_cart_line",
          "remove_cart_line",
          "clear_cart",
          "apply_voucher",
          "remove_voucher" ->
          cart.cart(data, null);
      case "list_addresses" -> cart.addresses(data);
      case "list_payment_methods" -> cart.paymentMethods(data);
      case "quote_checkout" -> orders.checkoutQuote(data);
      case "confirm_checkout", "confirm_order_change" -> orders.confirmed(outcome.tool(), data);
      case "list_orders" -> orders.orders(data);
      case "get_order_details" -> orders.order(data);
      case "transfer_to_human_agents" -> orders.transferred(data);
      default ->
          Fields.has(data, "confirmation_token", "confirmationToken")
              ? orders.changeQuote(outcome.tool(), data)
              : turn.say(Phrase.DONE);
    };
  }

  /** A refusal in the store's words; a confirm the gate refused is said plainly. */
  static String error(Turn turn, Memory.Outcome outcome) {
    if ("confirmation-required".equals(outcome.error())) {
      return turn.say(Phrase.CONFIRMATION_REQUIRED);
    }
    String detail = Fields.text(outcome.data(), "detail", "message");
    return turn.say(Phrase.ERROR, detail != null ? detail : outcome.error());
  }

  private static Intent.Search searched(Map<String, Object> args) {
    String query = Fields.text(args, "query");
    return new Intent.Search(
        query == null ? "" : query,
        Fields.text(args, "category"),
        Fields.decimal(args, "min_price"),
        Fields.decimal(args, "max_price"),
        Fields.text(args, "sort"),
        Fields.flag(args, "in_stock_only"));
  }
}
