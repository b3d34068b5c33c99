package com.shopassistant.importer;

import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.OrderStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as it stands in the file.
 *
 * @param number the business key (tau2 {@code order_id}, such as {@code #W2611340})
 * @param customerHandle the customer who placed it (tau2 {@code user_id})
 * @param shippingAddress where it goes
 * @param status its status; tau2's "pending (item modified)" is {@code PENDING_ITEMS_MODIFIED}
 * @param cancelReason tau2's {@code cancel_reason}, or null
 * @param lines one per bought unit, in file order (the same item may appear twice)
 * @param fulfilments shipments, in file order
 * @param payments the payment history, in file order
 * @param changes a requested return and/or exchange
 */
public record OrderRecord(
    String number,
    String customerHandle,
    PostalAddress shippingAddress,
    OrderStatus status,
    String cancelReason,
    List<OrderLineRecord> lines,
    List<FulfilmentRecord> fulfilments,
    List<PaymentRecord> payments,
    List<OrderChangeRecord> changes) {

  public OrderRecord {
    lines = List.copyOf(lines);
    fulfilments = List.copyOf(fulfilments);
    payments = List.copyOf(payments);
    changes = List.copyOf(changes);
  }

  /** The sum of the line prices; tau2 has no discounts, so this is also the total. */
  public BigDecimal subtotal() {
    return lines.stream()
        .map(OrderLineRecord::lineTotal)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
