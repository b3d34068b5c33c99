package com.shopassistant.customer;

/**
 * An administrator named a customer id that no account has (unlike {@link
 * UnknownCustomerException}, which is about the caller's own token).
 */
public class CustomerNotFoundException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public CustomerNotFoundException(long customerId) {
    super("No customer " + customerId + " exists.");
  }
}
