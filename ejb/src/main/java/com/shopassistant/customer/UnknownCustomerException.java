package com.shopassistant.customer;

/**
 * The customer id of a verified token names no account (any more): the token is of no use for
 * changing an account, so the caller has to sign in again.
 */
public class UnknownCustomerException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public UnknownCustomerException(long customerId) {
    super("No account " + customerId + " exists.");
  }
}
