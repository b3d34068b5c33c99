package com.shopassistant.customer;

/** The customer's account refuses the new tier: a registered customer never becomes a guest. */
public class TierChangeRefusedException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public TierChangeRefusedException(String message) {
    super(message);
  }
}
