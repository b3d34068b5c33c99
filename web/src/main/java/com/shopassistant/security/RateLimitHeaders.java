package com.shopassistant.security;

import com.shopassistant.usage.RateLimitDecision;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that tell a client where it stands ({@code RateLimit-*}, as in the IETF draft
 * "RateLimit header fields for HTTP"), plus {@code Retry-After} on a refusal.
 */
public final class RateLimitHeaders {

  private RateLimitHeaders() {}

  /** Headers for a decision; none when rate limiting is off. */
  public static Map<String, String> of(RateLimitDecision decision) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (!decision.limited()) {
      return headers;
    }
    headers.put("RateLimit-Limit", Integer.toString(decision.limit()));
    headers.put("RateLimit-Remaining", Integer.toString(decision.remaining()));
    headers.put("RateLimit-Reset", Long.toString(decision.retryAfterSeconds()));
    if (!decision.allowed()) {
      headers.put("Retry-After", Long.toString(decision.retryAfterSeconds()));
    }
    return headers;
  }

  /** The human part of the 429 answer. */
  public static String refusalDetail(RateLimitDecision decision) {
    return "More than "
        + decision.limit()
        + " requests in one minute; try again in "
        + decision.retryAfterSeconds()
        + " second(s).";
  }
}
