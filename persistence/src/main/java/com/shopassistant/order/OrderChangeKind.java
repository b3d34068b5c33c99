package com.shopassistant.order;

/** What a customer asked for after delivery: send items back, or swap them for other options. */
public enum OrderChangeKind {
  RETURN,
  EXCHANGE
}
