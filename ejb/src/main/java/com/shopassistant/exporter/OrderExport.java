package com.shopassistant.exporter;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.Fulfilment;
import com.shopassistant.order.OrderChange;
import com.shopassistant.order.OrderChangeItem;
import com.shopassistant.order.OrderChangeKind;
import com.shopassistant.order.OrderLine;
import com.shopassistant.order.PaymentTransaction;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;

/**
 * {@code orders}: every order by number, as τ²-bench writes one after its tools ran: a line of
 * quantity n is n items, each fulfilment one tracking id, the payment history in the order it
 * happened, {@code cancel_reason} when one was given, and the requested return ({@code
 * return_items}, {@code return_payment_method_id}) or exchange ({@code exchange_items}, {@code
 * exchange_new_items} — both sorted, as τ²-bench sorts them — {@code exchange_payment_method_id},
 * {@code exchange_price_difference}).
 */
final class OrderExport {

  private OrderExport() {}

  static void write(EntityManager em, JsonGenerator json) {
    json.writeStartObject("orders");
    PagedRead.each(
        em,
        CustomerOrder.class,
        "select o from CustomerOrder o order by o.id",
        order -> order(json, order),
        "o.customer",
        "o.lines",
        "o.lines.options",
        "o.fulfilments",
        "o.fulfilments.itemCodes",
        "o.payments",
        "o.changes",
        "o.changes.items");
    json.writeEnd();
  }

  private static void order(JsonGenerator json, CustomerOrder order) {
    json.writeStartObject(order.getOrderNumber())
        .write("order_id", order.getOrderNumber())
        .write("user_id", order.getCustomer().getHandle());
    ExportJson.address(json, "address", order.getShippingAddress());
    json.writeStartArray("items");
    order.getLines().forEach(line -> items(json, line));
    json.writeEnd().write("status", ExportJson.status(order.getStatus()));
    json.writeStartArray("fulfillments");
    order.getFulfilments().forEach(f -> fulfilment(json, f));
    json.writeEnd().writeStartArray("payment_history");
    order.getPayments().forEach(p -> payment(json, p));
    json.writeEnd();
    if (order.getCancelReason() != null) {
      json.write("cancel_reason", order.getCancelReason());
    }
    order.getChanges().forEach(change -> change(json, change));
    json.writeEnd();
  }

  private static void items(JsonGenerator json, OrderLine line) {
    for (int unit = 0; unit < line.getQuantity(); unit++) {
      json.writeStartObject()
          .write("name", line.getProductName())
          .write("product_id", line.getProductCode())
          .write("item_id", line.getItemCode())
          .write("price", ExportJson.money(line.getUnitPrice()));
      ExportJson.options(json, line.getOptions());
      json.writeEnd();
    }
  }

  private static void fulfilment(JsonGenerator json, Fulfilment fulfilment) {
    json.writeStartObject().writeStartArray("tracking_id").write(fulfilment.getTrackingId());
    json.writeEnd().writeStartArray("item_ids");
    fulfilment.getItemCodes().forEach(json::write);
    json.writeEnd().writeEnd();
  }

  private static void payment(JsonGenerator json, PaymentTransaction payment) {
    json.writeStartObject()
        .write("transaction_type", payment.getKind().name().toLowerCase(java.util.Locale.ROOT))
        .write("amount", ExportJson.money(payment.getAmount()))
        .write("payment_method_id", payment.getPaymentMethodCode())
        .writeEnd();
  }

  private static void change(JsonGenerator json, OrderChange change) {
    List<String> items =
        change.getItems().stream().map(OrderChangeItem::getItemCode).sorted().toList();
    if (change.getKind() == OrderChangeKind.RETURN) {
      codes(json, "return_items", items);
      json.write("return_payment_method_id", change.getPaymentMethodCode());
      return;
    }
    codes(json, "exchange_items", items);
    codes(
        json,
        "exchange_new_items",
        change.getItems().stream()
            .map(OrderChangeItem::getNewItemCode)
            .filter(Objects::nonNull)
            .sorted()
            .toList());
    json.write("exchange_payment_method_id", change.getPaymentMethodCode());
    if (change.getPriceDifference() != null) {
      json.write("exchange_price_difference", ExportJson.money(change.getPriceDifference()));
    }
  }

  private static void codes(JsonGenerator json, String name, List<String> codes) {
    json.writeStartArray(name);
    codes.forEach(json::write);
    json.writeEnd();
  }
}
