package com.shopassistant.customer;

import jakarta.ejb.ApplicationException;

/**
 * A change to a customer's account that its rules refuse. Checked, so callers must answer it; the
 * transaction rolls back, so a refused change leaves nothing behind. The web module answers each
 * subclass with a problem type of its own.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class AccountRuleException extends Exception {

  private static final long serialVersionUID = 1L;

  protected AccountRuleException(String message) {
    super(message);
  }
}
