package com.shopassistant.ordercare;

import jakarta.ejb.ApplicationException;

/**
 * An order-care write the retail policy refuses; nothing was changed. The {@link Rule} names the
 * rule (the API answers each with its own problem type); the message says it for the customer,
 * naming their order, items and payment methods, never internals.
 */
@ApplicationException(rollback = true)
public class OrderCareException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The policy rule that refused the write. */
  public enum Rule {
    /** No order of the caller's has this number (another customer's order included). */
    ORDER_NOT_FOUND,
    /** Cancelling and modifying need a pending order. */
    ORDER_NOT_PENDING,
    /** The order's items were modified once: it can no longer be cancelled or modified. */
    ITEMS_ALREADY_MODIFIED,
    /** Returns and exchanges need a delivered order (and happen once). */
    ORDER_NOT_DELIVERED,
    /** A cancellation's reason is exactly "no longer needed" or "ordered by mistake". */
    INVALID_CANCEL_REASON,
    /** An item named is not on the order, or is named more often than it is there. */
    ITEM_NOT_IN_ORDER,
    /** No variant has the new item code. */
    VARIANT_NOT_FOUND,
    /** The new item is an option of another product. */
    VARIANT_NOT_SAME_PRODUCT,
    /** The new item is the item itself: it must differ in its options. */
    VARIANT_UNCHANGED,
    /** The new item is not for sale, or not in the quantity needed. */
    VARIANT_UNAVAILABLE,
    /** The payment method named is not one of the caller's. */
    PAYMENT_METHOD_NOT_FOUND,
    /** The order is already paid with the payment method named. */
    SAME_PAYMENT_METHOD,
    /** The payment method can only be changed for an order paid by exactly one method. */
    PAYMENT_NOT_SINGLE,
    /** A gift card must cover what it is to pay. */
    INSUFFICIENT_GIFT_CARD_BALANCE,
    /** A return is refunded to the original payment method or to one of the caller's gift cards. */
    REFUND_METHOD_NOT_ALLOWED,
    /** Amounts or items changed between quote and confirm: quote again. */
    QUOTE_OUTDATED
  }

  private final Rule rule;

  public OrderCareException(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
