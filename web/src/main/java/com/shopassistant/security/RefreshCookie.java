package com.shopassistant.security;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * The refresh token's cookie: HttpOnly (scripts cannot read it), Secure, SameSite=Strict (other
 * sites cannot make the browser send it), and scoped to the auth endpoints so it travels nowhere
 * else.
 */
final class RefreshCookie {

  static final String NAME = "shop_refresh";

  private RefreshCookie() {}

  static NewCookie carrying(IssuedRefreshToken token, UriInfo uri) {
    return build(token.value(), (int) token.lifetime().toSeconds(), uri);
  }

  /** A cookie that tells the browser to drop the refresh token. */
  static NewCookie expired(UriInfo uri) {
    return build("", 0, uri);
  }

  private static NewCookie build(String value, int maxAgeSeconds, UriInfo uri) {
    return new NewCookie.Builder(NAME)
        .value(value)
        .path(path(uri))
        .maxAge(maxAgeSeconds)
        .httpOnly(true)
        .secure(true)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }

  /** {@code <context root>/api/v1/auth}, wherever the application is deployed. */
  static String path(UriInfo uri) {
    String base = uri.getBaseUri().getPath();
    return (base.endsWith("/") ? base : base + "/") + "v1/auth";
  }
}
