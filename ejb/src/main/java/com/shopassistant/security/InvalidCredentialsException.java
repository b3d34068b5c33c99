package com.shopassistant.security;

/** Unknown account or wrong password; the answer never says which. */
public class InvalidCredentialsException extends IdentityException {

  private static final long serialVersionUID = 1L;

  public InvalidCredentialsException() {
    super(
        "invalid-credentials",
        401,
        "Sign-in failed",
        "The e-mail address or the password is not right.");
  }
}
