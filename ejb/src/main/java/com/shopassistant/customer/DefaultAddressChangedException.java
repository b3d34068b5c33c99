package com.shopassistant.customer;

/**
 * A quoted change of the default address is confirmed after another entry became the default: the
 * customer agreed to change that one, so nothing is changed; quote again.
 */
public class DefaultAddressChangedException extends AccountRuleException {

  private static final long serialVersionUID = 1L;

  public DefaultAddressChangedException(String quotedLabel, String nowLabel) {
    super(
        "Your default address was \""
            + quotedLabel
            + "\" when this change was quoted and is \""
            + nowLabel
            + "\" now; ask for a new quote and confirm that one.");
  }
}
