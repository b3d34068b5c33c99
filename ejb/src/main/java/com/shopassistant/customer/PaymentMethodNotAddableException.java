package com.shopassistant.customer;

/**
 * Customers add cards and PayPal themselves; gift cards are issued by the store with a balance, so
 * a customer cannot create one.
 */
public class PaymentMethodNotAddableException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public PaymentMethodNotAddableException(PaymentMethodKind kind) {
    super("A " + kind + " cannot be added by a customer; gift cards are issued by the store.");
  }
}
