package com.shopassistant.usage;

/**
 * The answer to one request of a caller.
 *
 * @param allowed whether the request may proceed
 * @param limit requests allowed per window; 0 when rate limiting is off
 * @param remaining requests left in the current window after this one
 * @param retryAfterSeconds seconds until the current window ends (and the count starts again)
 */
public record RateLimitDecision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {

  /** Rate limiting is off: everything passes and no limit is advertised. */
  public static RateLimitDecision unlimited() {
    return new RateLimitDecision(true, 0, 0, 0);
  }

  /** Whether a limit applies at all (and so should be advertised to the client). */
  public boolean limited() {
    return limit > 0;
  }
}
