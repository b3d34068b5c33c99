package com.shopassistant.ordercare;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.ordercare.CarePlan.Direction;
import com.shopassistant.ordercare.CarePlan.ItemChange;
import com.shopassistant.ordercare.CarePlan.MoneyMove;
import com.shopassistant.ordercare.CarePlan.Settlement;
import com.shopassistant.ordercare.OrderCareException.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plans an order-care write against the order as it is now, applying the retail policy; a refused
 * write throws {@link OrderCareException} naming the rule. Pure: it reads the order, the caller's
 * payment methods (by code) and the variants it is given, and changes nothing, so a quote and its
 * confirm run the same checks.
 */
final class OrderCarePlanner {

  private final CustomerOrder order;
  private final Map<String, PaymentMethod> methods;
  private final Function<String, Optional<ProductVariant>> variants;

  OrderCarePlanner(
      CustomerOrder order,
      Map<String, PaymentMethod> methods,
      Function<String, Optional<ProductVariant>> variants) {
    this.order = order;
    this.methods = methods;
    this.variants = variants;
  }

  CarePlan plan(CareRequest request) throws OrderCareException {
    if (request instanceof CareRequest.Cancel cancel) {
      return cancel(cancel);
    }
    if (request instanceof CareRequest.ShippingAddress address) {
      return shipTo(address.address());
    }
    if (request instanceof CareRequest.Payment payment) {
      return payWith(payment.paymentMethodCode());
    }
    if (request instanceof CareRequest.ModifyItems modify) {
      return modifyItems(modify);
    }
    if (request instanceof CareRequest.Return returned) {
      return returnItems(returned);
    }
    return exchange((CareRequest.Exchange) request);
  }

  private CarePlan cancel(CareRequest.Cancel request) throws OrderCareException {
    OrderCarePolicy.requirePending(order, "be cancelled");
    String reason = OrderCarePolicy.requireCancelReason(request.reason());
    List<MoneyMove> refunds = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> held : CareMoney.heldByMethod(order).entrySet()) {
      refunds.add(now(Direction.REFUND, held.getValue(), paidWith(held.getKey())));
    }
    return plan(ConfirmableAction.CANCEL_ORDER, OrderStatus.CANCELLED, List.of(), null, refunds)
        .withCancelReason(reason);
  }

  private CarePlan shipTo(PostalAddress address) throws OrderCareException {
    OrderCarePolicy.requirePending(order, "be shipped elsewhere");
    return plan(ConfirmableAction.MODIFY_ORDER_ADDRESS, OrderStatus.PENDING, List.of(), null, null)
        .withNewAddress(address);
  }

  private CarePlan payWith(String code) throws OrderCareException {
    OrderCarePolicy.requirePending(order, "change its payment method");
    PaymentMethod target = OrderCarePolicy.requireOwnMethod(methods, code);
    Map<String, BigDecimal> held = CareMoney.heldByMethod(order);
    if (held.size() != 1) {
      throw new OrderCareException(
          Rule.PAYMENT_NOT_SINGLE,
          "Order "
              + order.getOrderNumber()
              + " is paid with "
              + held.size()
              + " payment methods; only an order paid with exactly one can change it.");
    }
    Map.Entry<String, BigDecimal> original = held.entrySet().iterator().next();
    if (original.getKey().equals(target.getCode())) {
      throw new OrderCareException(
          Rule.SAME_PAYMENT_METHOD,
          "Order " + order.getOrderNumber() + " is already paid with " + target.getCode() + ".");
    }
    BigDecimal amount = original.getValue();
    OrderCarePolicy.requireCovers(target, amount);
    List<MoneyMove> money =
        List.of(
            now(Direction.CHARGE, amount, target),
            now(Direction.REFUND, amount, paidWith(original.getKey())));
    return plan(
        ConfirmableAction.MODIFY_ORDER_PAYMENT, OrderStatus.PENDING, List.of(), null, money);
  }

  private CarePlan modifyItems(CareRequest.ModifyItems request) throws OrderCareException {
    OrderCarePolicy.requirePending(order, "have its items modified");
    List<ItemChange> items =
        new ItemSwapPlanner(order, variants).wholeLines(nonEmpty(request.swaps()));
    BigDecimal difference = sum(items);
    PaymentMethod method = OrderCarePolicy.requireOwnMethod(methods, request.paymentMethodCode());
    OrderCarePolicy.requireCovers(method, difference);
    return plan(
        ConfirmableAction.MODIFY_ORDER_ITEMS,
        OrderStatus.PENDING_ITEMS_MODIFIED,
        items,
        difference,
        settle(difference, method, false));
  }

  private CarePlan returnItems(CareRequest.Return request) throws OrderCareException {
    OrderCarePolicy.requireDelivered(order, "be returned");
    List<ItemChange> items =
        new ItemSwapPlanner(order, variants).returnedUnits(nonEmpty(request.itemCodes()));
    PaymentMethod method = OrderCarePolicy.requireOwnMethod(methods, request.paymentMethodCode());
    OrderCarePolicy.requireRefundableTo(method, CareMoney.heldByMethod(order).keySet());
    BigDecimal prices = sum(items).negate();
    BigDecimal refund = CareMoney.returnRefund(order, prices);
    return plan(
        ConfirmableAction.RETURN_ITEMS,
        OrderStatus.RETURN_REQUESTED,
        items,
        refund.negate(),
        settle(refund.negate(), method, true));
  }

  private CarePlan exchange(CareRequest.Exchange request) throws OrderCareException {
    OrderCarePolicy.requireDelivered(order, "be exchanged");
    List<ItemChange> items = new ItemSwapPlanner(order, variants).units(nonEmpty(request.swaps()));
    BigDecimal difference = sum(items);
    PaymentMethod method = OrderCarePolicy.requireOwnMethod(methods, request.paymentMethodCode());
    OrderCarePolicy.requireCovers(method, difference);
    return plan(
        ConfirmableAction.EXCHANGE_ITEMS,
        OrderStatus.EXCHANGE_REQUESTED,
        items,
        difference,
        settle(difference, method, true));
  }

  /** A charge of a positive difference or a refund of a negative one; nothing for zero. */
  private static List<MoneyMove> settle(
      BigDecimal difference, PaymentMethod method, boolean later) {
    if (difference.signum() == 0) {
      return List.of();
    }
    Direction direction = difference.signum() > 0 ? Direction.CHARGE : Direction.REFUND;
    BigDecimal amount = difference.abs();
    if (later) {
      return List.of(
          new MoneyMove(
              direction,
              amount,
              method.getCode(),
              method.getKind(),
              Settlement.AFTER_ITEMS_RECEIVED,
              null));
    }
    return List.of(now(direction, amount, method));
  }

  /** A move recorded now: a gift card's balance moves at once, a provider's money later. */
  private static MoneyMove now(Direction direction, BigDecimal amount, PaymentMethod method) {
    BigDecimal balanceAfter = null;
    if (method.isGiftCard()) {
      balanceAfter =
          direction == Direction.CHARGE
              ? method.getBalance().subtract(amount)
              : method.getBalance().add(amount);
    }
    return new MoneyMove(
        direction,
        amount,
        method.getCode(),
        method.getKind(),
        method.isGiftCard() ? Settlement.IMMEDIATELY : Settlement.BY_PAYMENT_PROVIDER,
        balanceAfter);
  }

  /** The caller's method that paid the order; a method deleted since cannot be refunded here. */
  private PaymentMethod paidWith(String code) throws OrderCareException {
    PaymentMethod method = methods.get(code);
    if (method == null) {
      throw new OrderCareException(
          Rule.PAYMENT_METHOD_NOT_FOUND,
          "Order "
              + order.getOrderNumber()
              + " was paid with "
              + code
              + ", which is no longer one of your payment methods, so it cannot be refunded here.");
    }
    return method;
  }

  private <T> List<T> nonEmpty(List<T> named) throws OrderCareException {
    if (named.isEmpty()) {
      throw new OrderCareException(
          Rule.ITEM_NOT_IN_ORDER,
          "Name at least one item of order " + order.getOrderNumber() + ".");
    }
    return named;
  }

  private static BigDecimal sum(List<ItemChange> items) {
    return items.stream()
        .map(ItemChange::difference)
        .reduce(BigDecimal.ZERO.setScale(CareMoney.SCALE), BigDecimal::add);
  }

  private CarePlan plan(
      ConfirmableAction action,
      OrderStatus after,
      List<ItemChange> items,
      BigDecimal difference,
      List<MoneyMove> money) {
    return new CarePlan(
        action,
        order.getOrderNumber(),
        order.getStatus(),
        after,
        null,
        order.getShippingAddress(),
        null,
        items,
        difference,
        money == null ? List.of() : money);
  }
}
