package com.shopassistant.ordercare;

import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.ordercare.OrderCareException.Rule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The retail policy's rules about an order's status, cancel reasons and payment methods, each
 * refusal naming its rule. Pure: it reads the entities it is given and changes nothing.
 */
final class OrderCarePolicy {

  /** The only reasons a customer may give for cancelling, exactly as written. */
  static final List<String> CANCEL_REASONS = List.of("no longer needed", "ordered by mistake");

  private OrderCarePolicy() {}

  /** Cancelling and modifying need a pending order whose items were not modified yet. */
  static void requirePending(CustomerOrder order, String what) throws OrderCareException {
    OrderStatus status = order.getStatus();
    if (status == OrderStatus.PENDING_ITEMS_MODIFIED) {
      throw new OrderCareException(
          Rule.ITEMS_ALREADY_MODIFIED,
          "The items of order "
              + order.getOrderNumber()
              + " were already modified; it can no longer be cancelled or modified.");
    }
    if (status != OrderStatus.PENDING) {
      throw new OrderCareException(
          Rule.ORDER_NOT_PENDING,
          "Order "
              + order.getOrderNumber()
              + " is "
              + readable(status)
              + "; only a pending order can "
              + what
              + ".");
    }
  }

  /** Returns and exchanges need a delivered order; one of either puts it in another status. */
  static void requireDelivered(CustomerOrder order, String what) throws OrderCareException {
    OrderStatus status = order.getStatus();
    if (status != OrderStatus.DELIVERED) {
      throw new OrderCareException(
          Rule.ORDER_NOT_DELIVERED,
          "Order "
              + order.getOrderNumber()
              + " is "
              + readable(status)
              + "; only a delivered order can "
              + what
              + ", once.");
    }
  }

  /** The reason itself, if it is one of {@link #CANCEL_REASONS}, written exactly so. */
  static String requireCancelReason(String reason) throws OrderCareException {
    if (reason == null || !CANCEL_REASONS.contains(reason)) {
      throw new OrderCareException(
          Rule.INVALID_CANCEL_REASON,
          "An order is cancelled only because it is \"no longer needed\" or was \"ordered by"
              + " mistake\", written exactly so.");
    }
    return reason;
  }

  /** One of the caller's payment methods, by code. */
  static PaymentMethod requireOwnMethod(Map<String, PaymentMethod> methods, String code)
      throws OrderCareException {
    PaymentMethod method = code == null ? null : methods.get(code.strip());
    if (method == null) {
      throw new OrderCareException(
          Rule.PAYMENT_METHOD_NOT_FOUND,
          "You have no payment method " + (code == null ? "without a code" : code.strip()) + ".");
    }
    return method;
  }

  /** A gift card must cover a positive {@code amount} it is to pay; other kinds always do. */
  static void requireCovers(PaymentMethod method, BigDecimal amount) throws OrderCareException {
    if (method.isGiftCard() && amount.signum() > 0 && method.getBalance().compareTo(amount) < 0) {
      throw new OrderCareException(
          Rule.INSUFFICIENT_GIFT_CARD_BALANCE,
          "Gift card "
              + method.getCode()
              + " has a balance of "
              + method.getBalance()
              + ", not enough to pay "
              + amount
              + ".");
    }
  }

  /** A return is refunded to a method that paid the order or to one of the caller's gift cards. */
  static void requireRefundableTo(PaymentMethod method, Set<String> paidWith)
      throws OrderCareException {
    if (!method.isGiftCard() && !paidWith.contains(method.getCode())) {
      String original = paidWith.isEmpty() ? "" : " (" + String.join(", ", paidWith) + ")";
      throw new OrderCareException(
          Rule.REFUND_METHOD_NOT_ALLOWED,
          "A return is refunded to the payment method the order was paid with"
              + original
              + " or to one of your gift cards, not to "
              + method.getCode()
              + ".");
    }
  }

  /** {@code RETURN_REQUESTED} as "return requested", the way tau2 writes statuses. */
  static String readable(OrderStatus status) {
    return status == OrderStatus.PENDING_ITEMS_MODIFIED
        ? "pending (items modified)"
        : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
