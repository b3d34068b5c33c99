package com.shopassistant.security;

import java.security.Principal;

/**
 * Whom a request counts against: the signed-in user ({@code user:<name>}), else the client address
 * ({@code ip:<address>}). Behind Cloud Run's front end the socket's peer is the proxy, so the
 * client address is the last entry of {@code X-Forwarded-For}: the one that proxy appended. Earlier
 * entries are whatever the client wrote, so counting them would let an anonymous caller invent a
 * fresh subject for every request.
 */
public final class RateLimitSubject {

  static final String UNKNOWN_ADDRESS = "unknown";

  private RateLimitSubject() {}

  public static String of(Principal principal, String forwardedFor, String remoteAddress) {
    if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
      return "user:" + principal.getName();
    }
    return "ip:" + clientAddress(forwardedFor, remoteAddress);
  }

  static String clientAddress(String forwardedFor, String remoteAddress) {
    if (forwardedFor != null) {
      String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).trim();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return remoteAddress == null || remoteAddress.isBlank() ? UNKNOWN_ADDRESS : remoteAddress;
  }
}
