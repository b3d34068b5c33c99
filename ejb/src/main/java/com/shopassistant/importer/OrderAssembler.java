package com.shopassistant.importer;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.LineItem;
import com.shopassistant.order.OrderChangeKind;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.order.TransactionKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a new order entity from its record through the entity's own operations, so an imported
 * order obeys the same rules as one placed in the store. Pure: the caller supplies the customer,
 * variants and payment methods (managed entities in the service, plain objects in tests).
 *
 * <p>The entity reaches some statuses only by a transition that records data: a return or exchange
 * request is made on a delivered order, and a cancel reason is given when cancelling a pending one.
 * Such orders therefore start in that earlier status and take the transition last.
 */
final class OrderAssembler {

  /** The only currency {@link CustomerOrder#imported} records. */
  static final String IMPORT_CURRENCY = "USD";

  private OrderAssembler() {}

  /**
   * The whole order, for callers that keep it in memory.
   *
   * @param variants by item code; every line's item must be present
   * @param paymentMethods by code; every payment and change's method must be present
   * @throws IllegalArgumentException or {@link IllegalStateException} when the entity refuses
   */
  static CustomerOrder build(
      OrderRecord r,
      Customer customer,
      Map<String, ProductVariant> variants,
      Map<String, PaymentMethod> paymentMethods) {
    CustomerOrder order = start(r, customer, variants);
    settle(order, r, variants, paymentMethods, () -> {});
    return order;
  }

  /** The order with its lines and fulfilments, before any money is recorded. */
  static CustomerOrder start(
      OrderRecord r, Customer customer, Map<String, ProductVariant> variants) {
    CustomerOrder order =
        CustomerOrder.imported(r.number(), customer, r.shippingAddress(), initialStatus(r));
    for (OrderLineRecord line : r.lines()) {
      order.addLine(
          new LineItem(
              required(variants, line.itemCode(), "item"),
              line.productCode(),
              line.itemCode(),
              line.productName(),
              line.unitPrice(),
              line.quantity(),
              line.options()));
    }
    for (FulfilmentRecord f : r.fulfilments()) {
      f.trackingIds().forEach(id -> order.addFulfilment(id, null, f.itemCodes()));
    }
    return order;
  }

  /**
   * Records the payment history in file order, then the requested change and the cancellation.
   *
   * @param betweenTransactions runs between two history entries; the service flushes there, because
   *     the history is read back in id order and JPA assigns the ids of rows inserted by one flush
   *     in no particular order — a refund could otherwise come back before its payment
   */
  static void settle(
      CustomerOrder order,
      OrderRecord r,
      Map<String, ProductVariant> variants,
      Map<String, PaymentMethod> paymentMethods,
      Runnable betweenTransactions) {
    for (int i = 0; i < r.payments().size(); i++) {
      if (i > 0) {
        betweenTransactions.run();
      }
      PaymentRecord p = r.payments().get(i);
      PaymentMethod method = required(paymentMethods, p.paymentMethodCode(), "payment method");
      if (p.kind() == TransactionKind.PAYMENT) {
        order.recordPayment(method, p.amount());
      } else {
        order.recordRefund(method, p.amount());
      }
    }
    r.changes().forEach(change -> request(order, r, change, variants));
    if (r.status() == OrderStatus.CANCELLED && r.cancelReason() != null) {
      order.cancel(r.cancelReason());
    }
  }

  static OrderStatus initialStatus(OrderRecord r) {
    if (!r.changes().isEmpty()) {
      return OrderStatus.DELIVERED;
    }
    if (r.status() == OrderStatus.CANCELLED && r.cancelReason() != null) {
      return OrderStatus.PENDING;
    }
    return r.status();
  }

  private static void request(
      CustomerOrder order,
      OrderRecord r,
      OrderChangeRecord change,
      Map<String, ProductVariant> variants) {
    if (change.kind() == OrderChangeKind.RETURN) {
      order.requestReturn(change.itemCodes(), change.paymentMethodCode(), null);
      return;
    }
    Map<String, String> productOfItem = new HashMap<>();
    r.lines().forEach(l -> productOfItem.put(l.itemCode(), l.productCode()));
    order.requestExchange(
        ExchangePairing.pair(
            change.itemCodes(),
            productOfItem,
            change.newItemCodes(),
            code -> Optional.ofNullable(variants.get(code)).map(v -> v.getProduct().getCode())),
        change.paymentMethodCode(),
        change.priceDifference(),
        null);
  }

  private static <T> T required(Map<String, T> byCode, String code, String what) {
    T value = byCode.get(code);
    if (value == null) {
      throw new IllegalArgumentException("unknown " + what + " \"" + code + "\"");
    }
    return value;
  }
}
