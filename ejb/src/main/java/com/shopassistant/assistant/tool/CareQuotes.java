package com.shopassistant.assistant.tool;

import com.shopassistant.ordercare.CarePlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An order-care quote as the model and the customer read it: the figures of the plan (status after,
 * items before and after, price difference, each charge and refund and when it settles), and the
 * one line of the confirmation card.
 */
final class CareQuotes {

  private CareQuotes() {}

  static Fields figures(CarePlan plan) {
    return Fields.of()
        .put("order_number", plan.orderNumber())
        .put("status_after", plan.statusAfter())
        .put("cancel_reason", plan.cancelReason())
        .put(
            "new_ship_to",
            plan.newShippingAddress() == null ? null : plan.newShippingAddress().toString())
        .list("items", plan.items().stream().map(CareQuotes::item).toList())
        .money("price_difference", plan.priceDifference())
        .list("charges", plan.charges().stream().map(CareQuotes::money).toList())
        .list("refunds", plan.refunds().stream().map(CareQuotes::money).toList());
  }

  private static Map<String, Object> item(CarePlan.ItemChange item) {
    Fields fields =
        Fields.of()
            .put("item_code", item.itemCode())
            .put("product", item.productName())
            .put("options", ToolResultCompressor.options(item.options()))
            .put("new_item_code", item.newItemCode())
            .put("new_options", ToolResultCompressor.options(item.newOptions()))
            .money("price_difference", item.difference());
    if (item.quantity() != 1) {
      fields.put("quantity", item.quantity());
    }
    return fields.map();
  }

  private static Map<String, Object> money(CarePlan.MoneyMove move) {
    return Fields.of()
        .money("amount", move.amount())
        .put("method", move.paymentMethodCode())
        .put("settlement", move.settlement())
        .money("balance_after", move.giftCardBalanceAfter())
        .map();
  }

  /** "Cancel order #W1 (no longer needed); refund 47.84 to gift_card_1", in the turn's language. */
  static String summary(CarePlan plan, ToolContext context) {
    return what(plan, context)
        + moves(plan.charges(), Say.in(context, "charge", "tagih"), context)
        + moves(plan.refunds(), Say.in(context, "refund", "kembalikan dana"), context);
  }

  private static String what(CarePlan plan, ToolContext context) {
    String order = plan.orderNumber();
    int items = plan.items().size();
    return switch (plan.action()) {
      case CANCEL_ORDER ->
          Say.in(
              context,
              "Cancel order " + order + " (" + plan.cancelReason() + ")",
              "Batalkan pesanan " + order + " (" + plan.cancelReason() + ")");
      case MODIFY_ORDER_ADDRESS ->
          Say.in(
              context,
              "Ship order " + order + " to: " + plan.newShippingAddress(),
              "Kirim pesanan " + order + " ke: " + plan.newShippingAddress());
      case MODIFY_ORDER_ITEMS ->
          Say.in(
              context,
              "Switch " + items + " item(s) of order " + order,
              "Ganti " + items + " barang pada pesanan " + order);
      case MODIFY_ORDER_PAYMENT ->
          Say.in(
              context,
              "Change how order " + order + " is paid",
              "Ubah pembayaran pesanan " + order);
      case RETURN_ITEMS ->
          Say.in(
              context,
              "Return " + items + " item(s) of order " + order,
              "Kembalikan " + items + " barang dari pesanan " + order);
      case EXCHANGE_ITEMS ->
          Say.in(
              context,
              "Exchange " + items + " item(s) of order " + order,
              "Tukar " + items + " barang dari pesanan " + order);
      default -> plan.action().name() + " " + order;
    };
  }

  private static String moves(List<CarePlan.MoneyMove> moves, String verb, ToolContext context) {
    if (moves.isEmpty()) {
      return "";
    }
    BigDecimal sum = moves.stream().map(CarePlan.MoneyMove::amount).reduce(BigDecimal::add).get();
    String methods =
        moves.stream()
            .map(CarePlan.MoneyMove::paymentMethodCode)
            .distinct()
            .collect(Collectors.joining(", "));
    return "; "
        + verb
        + " "
        + ToolResultCompressor.money(sum)
        + Say.in(context, " to ", " ke ")
        + methods;
  }
}
