package com.shopassistant.security;

import jakarta.ejb.ApplicationException;

/**
 * A sign-in or account request that cannot be granted, with the problem type and HTTP status the
 * API answers with. Rolls back the transaction unless a subclass says otherwise.
 */
@ApplicationException(rollback = true)
public abstract class IdentityException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String problemType;
  private final int status;
  private final String title;

  protected IdentityException(String problemType, int status, String title, String detail) {
    super(detail);
    this.problemType = problemType;
    this.status = status;
    this.title = title;
  }

  /** The slug of the problem type, e.g. {@code invalid-credentials}. */
  public String problemType() {
    return problemType;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
