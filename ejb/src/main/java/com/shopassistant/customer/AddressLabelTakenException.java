package com.shopassistant.customer;

/**
 * An address with this label (compared ignoring case) is already in the address book: customers and
 * the assistant pick addresses by label, so a label names one address.
 */
public class AddressLabelTakenException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public AddressLabelTakenException(String label) {
    super("An address labelled \"" + label + "\" is already in your address book.");
  }
}
