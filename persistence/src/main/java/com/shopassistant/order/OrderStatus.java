package com.shopassistant.order;

/** Where an order is in its life; tau2's lower-case statuses map one to one. */
public enum OrderStatus {
  PENDING,
  PROCESSED,
  DELIVERED,
  CANCELLED,
  RETURN_REQUESTED,
  EXCHANGE_REQUESTED
}
