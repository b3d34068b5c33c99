package com.shopassistant.security;

import java.time.Duration;

/**
 * A refresh token as handed to the client (only its hash is stored).
 *
 * @param value the secret, set in the HttpOnly refresh cookie
 * @param lifetime how long it is valid, the cookie's {@code Max-Age}
 */
public record IssuedRefreshToken(String value, Duration lifetime) {

  @Override
  public String toString() {
    return "IssuedRefreshToken[value=<hidden>, lifetime=" + lifetime + "]";
  }
}
