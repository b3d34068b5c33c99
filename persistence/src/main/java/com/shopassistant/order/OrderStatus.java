package com.shopassistant.order;

/**
 * Where an order is in its life; tau2's lower-case statuses map one to one. {@link
 * #PENDING_ITEMS_MODIFIED} is tau2's {@code pending (item modified)}: still waiting to be
 * processed, but its items were changed once, so it can no longer be cancelled or modified.
 */
public enum OrderStatus {
  PENDING,
  PENDING_ITEMS_MODIFIED,
  PROCESSED,
  DELIVERED,
  CANCELLED,
  RETURN_REQUESTED,
  EXCHANGE_REQUESTED
}
