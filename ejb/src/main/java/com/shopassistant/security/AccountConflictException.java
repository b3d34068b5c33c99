package com.shopassistant.security;

/** A registration that clashes with an existing account. */
public class AccountConflictException extends IdentityException {

  private static final long serialVersionUID = 1L;

  private AccountConflictException(String type, String title, String detail) {
    super(type, 409, title, detail);
  }

  static AccountConflictException emailTaken() {
    return new AccountConflictException(
        "email-taken",
        "E-mail address in use",
        "An account with this e-mail address exists; sign in instead.");
  }

  static AccountConflictException alreadyRegistered() {
    return new AccountConflictException(
        "already-registered",
        "Already registered",
        "You are signed in with a registered account; sign out to create another.");
  }
}
