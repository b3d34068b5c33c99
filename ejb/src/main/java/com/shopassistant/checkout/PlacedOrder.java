package com.shopassistant.checkout;

/**
 * The answer of a confirm.
 *
 * @param orderNumber the order's number ({@code #W2611340})
 * @param created true when this confirm placed it; false when it answers an earlier confirm's order
 *     again (the same idempotency key, or the same confirmation token)
 */
public record PlacedOrder(String orderNumber, boolean created) {}
