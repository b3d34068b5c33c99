package com.shopassistant.importer;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderChangeItem;
import com.shopassistant.order.OrderLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tells whether a stored order is what its record describes. Orders are history and order care
 * changes them after import (cancellations, returns, exchanges), so an import never rewrites one;
 * this comparison only decides between "unchanged" and "kept although the file differs". Pure.
 */
final class OrderComparison {

  private OrderComparison() {}

  /** The parts that differ, such as {@code status} or {@code lines}; empty when identical. */
  static List<String> differences(CustomerOrder o, OrderRecord r) {
    List<String> parts = new ArrayList<>();
    if (!o.getCustomer().getHandle().equals(r.customerHandle())) {
      parts.add("user_id");
    }
    if (o.getStatus() != r.status() || !Objects.equals(o.getCancelReason(), r.cancelReason())) {
      parts.add("status");
    }
    if (!o.getShippingAddress().equals(r.shippingAddress())) {
      parts.add("address");
    }
    if (!lines(o).equals(lines(r))) {
      parts.add("items");
    }
    if (!fulfilments(o).equals(fulfilments(r))) {
      parts.add("fulfillments");
    }
    if (!payments(o).equals(payments(r))) {
      parts.add("payment_history");
    }
    if (!changes(o).equals(changes(r))) {
      parts.add("changes");
    }
    return parts;
  }

  private static List<String> lines(CustomerOrder o) {
    return o.getLines().stream().map(OrderComparison::describe).toList();
  }

  private static List<String> lines(OrderRecord r) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < r.lines().size(); i++) {
      OrderLineRecord l = r.lines().get(i);
      lines.add(
          line(i + 1, l.productCode(), l.itemCode(), l.productName(), l.unitPrice(), l.quantity())
              + l.options());
    }
    return lines;
  }

  private static String describe(OrderLine l) {
    return line(
            l.getLineNo(),
            l.getProductCode(),
            l.getItemCode(),
            l.getProductName(),
            l.getUnitPrice(),
            l.getQuantity())
        + l.getOptions();
  }

  private static String line(
      int no, String product, String item, String name, BigDecimal price, int quantity) {
    return no + "|" + product + "|" + item + "|" + name + "|" + plain(price) + "|" + quantity;
  }

  private static List<String> fulfilments(CustomerOrder o) {
    return o.getFulfilments().stream()
        .map(f -> f.getTrackingId() + "|" + String.join(",", f.getItemCodes()))
        .toList();
  }

  private static List<String> fulfilments(OrderRecord r) {
    List<String> all = new ArrayList<>();
    for (FulfilmentRecord f : r.fulfilments()) {
      f.trackingIds().forEach(id -> all.add(id + "|" + String.join(",", f.itemCodes())));
    }
    return all;
  }

  private static List<String> payments(CustomerOrder o) {
    return o.getPayments().stream()
        .map(p -> payment(p.getKind().name(), p.getAmount(), p.getPaymentMethodCode()))
        .toList();
  }

  private static List<String> payments(OrderRecord r) {
    return r.payments().stream()
        .map(p -> payment(p.kind().name(), p.amount(), p.paymentMethodCode()))
        .toList();
  }

  private static String payment(String kind, BigDecimal amount, String method) {
    return kind + "|" + plain(amount) + "|" + method;
  }

  /** Changes compare by their item sets; the pairing of an exchange is derived, not data. */
  private static List<String> changes(CustomerOrder o) {
    return o.getChanges().stream()
        .map(
            c ->
                change(
                    c.getKind().name(),
                    c.getPaymentMethodCode(),
                    c.getPriceDifference(),
                    c.getItems().stream().map(OrderChangeItem::getItemCode).sorted().toList(),
                    c.getItems().stream()
                        .map(OrderChangeItem::getNewItemCode)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList()))
        .toList();
  }

  private static List<String> changes(OrderRecord r) {
    return r.changes().stream()
        .map(
            c ->
                change(
                    c.kind().name(),
                    c.paymentMethodCode(),
                    c.priceDifference(),
                    c.itemCodes().stream().sorted().toList(),
                    c.newItemCodes().stream().sorted().toList()))
        .toList();
  }

  private static String change(
      String kind, String method, BigDecimal difference, List<String> items, List<String> news) {
    return kind + "|" + method + "|" + plain(difference) + "|" + items + "|" + news;
  }

  // 47.8 and 47.80 are the same amount; the database hands back scale 2.
  private static String plain(BigDecimal amount) {
    return amount == null ? "-" : amount.stripTrailingZeros().toPlainString();
  }
}
