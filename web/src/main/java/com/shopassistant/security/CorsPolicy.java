package com.shopassistant.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may call the API, and the CORS headers they get. Origins match exactly
 * (scheme, host and port), so {@code https://shop.example.com} does not admit {@code
 * http://shop.example.com} or {@code https://shop.example.com:8443}. Credentials are allowed, since
 * the refresh token travels as a cookie; that is also why a wildcard is never answered.
 */
public final class CorsPolicy {

  static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
  static final String ALLOWED_HEADERS =
      "Accept, Accept-Language, Authorization, Content-Type, Idempotency-Key, X-Request-Id";
  static final String EXPOSED_HEADERS =
      "Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset";
  static final String MAX_AGE_SECONDS = "600";

  private final Set<String> allowedOrigins;

  private CorsPolicy(Set<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins;
  }

  /** From the comma-separated setting; blanks and a trailing slash are forgiven. */
  public static CorsPolicy parse(String commaSeparated) {
    Set<String> origins =
        Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
            .map(String::trim)
            .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
            .filter(origin -> !origin.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    return new CorsPolicy(origins);
  }

  public boolean allows(String origin) {
    return origin != null && allowedOrigins.contains(origin);
  }

  /** A preflight: {@code OPTIONS} carrying both {@code Origin} and the method it wants to use. */
  public static boolean isPreflight(String method, String origin, String requestedMethod) {
    return "OPTIONS".equalsIgnoreCase(method) && origin != null && requestedMethod != null;
  }

  /** The answer to an allowed origin's preflight. */
  public Map<String, String> preflightHeaders(String origin) {
    Map<String, String> headers = new LinkedHashMap<>(commonHeaders(origin));
    headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
    headers.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    headers.put("Access-Control-Max-Age", MAX_AGE_SECONDS);
    return headers;
  }

  /** Added to an allowed origin's actual request's response; nothing for other origins. */
  public Map<String, String> responseHeaders(String origin) {
    if (!allows(origin)) {
      return Map.of();
    }
    Map<String, String> headers = new LinkedHashMap<>(commonHeaders(origin));
    headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    return headers;
  }

  private static Map<String, String> commonHeaders(String origin) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Access-Control-Allow-Origin", origin);
    headers.put("Access-Control-Allow-Credentials", "true");
    return headers;
  }
}
