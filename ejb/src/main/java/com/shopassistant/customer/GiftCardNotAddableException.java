package com.shopassistant.customer;

/**
 * Customers add cards and PayPal themselves; gift cards are issued by the store with a balance, so
 * a customer cannot create one.
 */
public class GiftCardNotAddableException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public GiftCardNotAddableException() {
    super("Gift cards are issued by the store and cannot be added; add a CREDIT_CARD or PAYPAL.");
  }
}
