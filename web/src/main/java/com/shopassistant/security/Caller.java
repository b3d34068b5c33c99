package com.shopassistant.security;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The customer making a request, read from the verified token that Liberty's mpJwt put into the
 * security context: its subject is the customer id. Resources pass this id to the services; a
 * customer id never comes from a path or a body.
 *
 * <p>mpJwt names the principal after {@code upn} when the token has one, not after {@code sub}; a
 * token is taken only when its subject is there and is that same name, so every customer id comes
 * from the subject the issuer wrote (JwtTamperIT).
 */
public final class Caller {

  private Caller() {}

  /** The caller's customer id; 401 when the request carries no valid token. */
  public static long customerId(SecurityContext security) {
    Principal principal = security == null ? null : security.getUserPrincipal();
    if (principal == null || principal.getName() == null) {
      throw new NotAuthorizedException("Bearer");
    }
    if (principal instanceof JsonWebToken token
        && !principal.getName().equals(token.getSubject())) {
      throw new NotAuthorizedException("Bearer");
    }
    try {
      return Long.parseLong(principal.getName());
    } catch (NumberFormatException e) {
      // A principal that is not one of our tokens (e.g. a registry user) has no customer behind it.
      throw new NotAuthorizedException("Bearer");
    }
  }
}
