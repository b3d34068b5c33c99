package com.shopassistant.customer;

/** The kinds of payment method tau2 knows; only gift cards carry a balance. */
public enum PaymentMethodKind {
  CREDIT_CARD,
  PAYPAL,
  GIFT_CARD
}
