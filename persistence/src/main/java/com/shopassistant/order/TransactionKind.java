package com.shopassistant.order;

/** Direction of money on an order's payment history: taken from the customer, or given back. */
public enum TransactionKind {
  PAYMENT,
  REFUND
}
