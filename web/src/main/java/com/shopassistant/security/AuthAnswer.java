package com.shopassistant.security;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer of every sign-in endpoint, in the shape of an OAuth token response. The refresh token
 * is not in it: it travels only in the HttpOnly cookie.
 *
 * @param accessToken the JWT for {@code Authorization: Bearer}
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 * @param customer who is signed in
 */
@JsonbPropertyOrder({"accessToken", "tokenType", "expiresIn", "customer"})
public record AuthAnswer(
    String accessToken, String tokenType, long expiresIn, AccountProfile customer) {

  static AuthAnswer of(SignIn signIn) {
    return new AuthAnswer(
        signIn.accessToken().jwt(),
        "Bearer",
        signIn.accessToken().lifetimeSeconds(),
        signIn.profile());
  }
}
