package com.shopassistant.ordercare;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.ItemSwap;
import com.shopassistant.ordercare.CarePlan.ItemChange;
import com.shopassistant.ordercare.CarePlan.MoneyMove;
import com.shopassistant.ordercare.CarePlan.Settlement;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies a plan the planner has just made (in the same transaction, under the order's and the
 * payment methods' row locks) through the entities' own operations: payment history entries in the
 * plan's order, gift-card balances moved by {@link PaymentMethod#debit}/{@link
 * PaymentMethod#credit} (which never go below zero), then the order's new state.
 */
final class CarePlanApplier {

  private final Map<String, PaymentMethod> methods;
  private final Function<String, Optional<ProductVariant>> variants;
  private final Runnable flush;

  /**
   * @param flush writes pending changes; run after each payment history entry, because the history
   *     is read back in id order and one flush assigns ids in no particular order
   */
  CarePlanApplier(
      Map<String, PaymentMethod> methods,
      Function<String, Optional<ProductVariant>> variants,
      Runnable flush) {
    this.methods = methods;
    this.variants = variants;
    this.flush = flush;
  }

  void apply(CustomerOrder order, CareRequest request, CarePlan plan) {
    switch (plan.action()) {
      case CANCEL_ORDER -> {
        moveMoney(order, plan);
        order.cancel(plan.cancelReason());
      }
      case MODIFY_ORDER_ADDRESS -> order.changeShippingAddress(plan.newShippingAddress());
      case MODIFY_ORDER_PAYMENT -> moveMoney(order, plan);
      case MODIFY_ORDER_ITEMS -> {
        switchLines(order, plan);
        moveMoney(order, plan);
        order.markItemsModified();
      }
      case RETURN_ITEMS ->
          order.requestReturn(
              plan.items().stream().map(ItemChange::itemCode).toList(),
              ((CareRequest.Return) request).paymentMethodCode().strip(),
              ((CareRequest.Return) request).reason());
      case EXCHANGE_ITEMS ->
          order.requestExchange(
              plan.items().stream().map(i -> new ItemSwap(i.itemCode(), i.newItemCode())).toList(),
              ((CareRequest.Exchange) request).paymentMethodCode().strip(),
              plan.priceDifference(),
              ((CareRequest.Exchange) request).reason());
      default -> throw new IllegalArgumentException("not an order-care action: " + plan.action());
    }
  }

  private void switchLines(CustomerOrder order, CarePlan plan) {
    for (ItemChange change : plan.items()) {
      ProductVariant variant =
          variants
              .apply(change.newItemCode())
              .orElseThrow(() -> new IllegalStateException("planned item vanished"));
      BigDecimal difference = order.switchItem(change.lineNo(), variant);
      if (difference.compareTo(change.difference()) != 0) {
        throw new IllegalStateException(
            "line " + change.lineNo() + " changed by " + difference + ", planned " + change);
      }
    }
  }

  private void moveMoney(CustomerOrder order, CarePlan plan) {
    for (MoneyMove move : plan.money()) {
      if (move.settlement() == Settlement.AFTER_ITEMS_RECEIVED) {
        continue;
      }
      PaymentMethod method = methods.get(move.paymentMethodCode());
      if (move.direction() == CarePlan.Direction.CHARGE) {
        order.recordPayment(method, move.amount());
        method.debit(move.amount());
      } else {
        order.recordRefund(method, move.amount());
        method.credit(move.amount());
      }
      flush.run();
    }
  }
}
