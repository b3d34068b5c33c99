package com.shopassistant.customer;

import java.math.BigDecimal;

/**
 * A gift card with money left is not deleted: customers cannot add gift cards back, so deleting it
 * would throw the balance away for good.
 */
public class GiftCardHasBalanceException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public GiftCardHasBalanceException(String code, BigDecimal balance) {
    super("Gift card " + code + " still holds " + balance + "; spend it before deleting the card.");
  }
}
