package com.shopassistant.security;

import jakarta.ejb.ApplicationException;

/**
 * A refresh token that cannot be exchanged. Does not roll back: refusing a replayed token revokes
 * its family first, and that revocation must stay.
 */
@ApplicationException(rollback = false)
public class RefreshRefusedException extends IdentityException {

  private static final long serialVersionUID = 1L;

  private RefreshRefusedException(String type, String detail) {
    super(type, 401, "Refresh refused", detail);
  }

  static RefreshRefusedException missing() {
    return new RefreshRefusedException(
        "refresh-token-invalid", "No refresh token was sent; sign in again.");
  }

  static RefreshRefusedException invalid() {
    return new RefreshRefusedException(
        "refresh-token-invalid",
        "The refresh token is unknown, expired or revoked; sign in again.");
  }

  static RefreshRefusedException reused() {
    return new RefreshRefusedException(
        "refresh-token-reused",
        "This refresh token was already used; every session of this sign-in has been ended."
            + " Sign in again.");
  }
}
