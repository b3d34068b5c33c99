package com.shopassistant.assistant.tool;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.Fulfilment;
import com.shopassistant.order.OrderChange;
import com.shopassistant.order.OrderLine;
import com.shopassistant.order.OrderTotals;
import com.shopassistant.order.PaymentTransaction;
import java.util.Map;

/**
 * One order as the model reads it (get_order_details, and what confirm_order_change answers): its
 * status, items with their codes (order care names items by code), where it ships, the money, the
 * shipments and any return or exchange asked for. Money in one currency, named once.
 */
final class OrderView {

  private OrderView() {}

  static Map<String, Object> of(CustomerOrder order) {
    OrderTotals totals = order.getTotals();
    Fields data =
        Fields.of()
            .put("order_number", order.getOrderNumber())
            .put("status", order.getStatus())
            .put("placed_at", ToolResultCompressor.day(order.getCreatedAt()))
            .put("ship_to", order.getShippingAddress().toString())
            .list("items", order.getLines().stream().map(OrderView::line).toList());
    if (totals.getDiscount().signum() > 0) {
      data.money("subtotal", totals.getSubtotal())
          .money("discount", totals.getDiscount())
          .put("voucher", order.getVoucherCode());
    }
    return data.money("total", totals.getTotal())
        .put("currency", order.getCurrency())
        .put("cancel_reason", order.getCancelReason())
        .list("payments", order.getPayments().stream().map(OrderView::payment).toList())
        .list("fulfilments", order.getFulfilments().stream().map(OrderView::shipment).toList())
        .list("changes", order.getChanges().stream().map(OrderView::change).toList())
        .map();
  }

  private static Map<String, Object> line(OrderLine line) {
    Fields fields =
        Fields.of()
            .put("item_code", line.getItemCode())
            .put("product", line.getProductName())
            .put("options", ToolResultCompressor.options(line.getOptions()))
            .money("price", line.getUnitPrice());
    if (line.getQuantity() != 1) {
      fields.put("quantity", line.getQuantity());
    }
    return fields.map();
  }

  private static Map<String, Object> payment(PaymentTransaction payment) {
    return Fields.of()
        .put("kind", payment.getKind())
        .money("amount", payment.getAmount())
        .put("method", payment.getPaymentMethodCode())
        .map();
  }

  private static Map<String, Object> shipment(Fulfilment fulfilment) {
    return Fields.of()
        .put("tracking_id", fulfilment.getTrackingId())
        .put("carrier", fulfilment.getCarrier())
        .put("items", fulfilment.getItemCodes())
        .map();
  }

  private static Map<String, Object> change(OrderChange change) {
    return Fields.of()
        .put("kind", change.getKind())
        .put(
            "items",
            change.getItems().stream()
                .map(
                    i ->
                        i.getNewItemCode() == null
                            ? i.getItemCode()
                            : i.getItemCode() + " > " + i.getNewItemCode())
                .toList())
        .put("method", change.getPaymentMethodCode())
        .money("price_difference", change.getPriceDifference())
        .map();
  }
}
