package com.shopassistant.customer;

/** The default address cannot be modified: the address book is empty, so there is none. */
public class NoDefaultAddressException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public NoDefaultAddressException() {
    super("You have no default address to modify; add an address first.");
  }
}
