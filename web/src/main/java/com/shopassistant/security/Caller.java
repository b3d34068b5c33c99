package com.shopassistant.security;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The customer making a request, read from the verified token that Liberty's mpJwt put into the
 * security context: its subject is the customer id. Resources pass this id to the services; a
 * customer id never comes from a path or a body.
 */
public final class Caller {

  private Caller() {}

  /** The caller's customer id; 401 when the request carries no valid token. */
  public static long customerId(SecurityContext security) {
    Principal principal = security == null ? null : security.getUserPrincipal();
    if (principal == null || principal.getName() == null) {
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
