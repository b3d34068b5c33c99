package com.shopassistant.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The global model limit's settings and the decisions that need no database: whether it is on,
 * whether a call can never fit, the ceilings the counting statement checks, and whether a refused
 * call waits for the next window or fails fast.
 *
 * @param requestsPerMinute calls per one-minute window for all instances together; 0 = no limit
 * @param tokensPerMinute tokens (estimated, then real) per window; 0 = no limit
 * @param maxWait the longest a refused call waits for the next window before failing fast
 */
public record ModelRateLimits(long requestsPerMinute, long tokensPerMinute, Duration maxWait) {

  public ModelRateLimits {
    maxWait = maxWait == null || maxWait.isNegative() ? Duration.ZERO : maxWait;
  }

  /** Neither limit is set: nothing is counted. */
  public boolean off() {
    return requestsPerMinute <= 0 && tokensPerMinute <= 0;
  }

  /** A call whose estimate alone is above the tokens per minute: no window can ever take it. */
  public boolean neverFits(long estimatedTokens) {
    return tokensPerMinute > 0 && estimatedTokens > tokensPerMinute;
  }

  /** The requests a window may hold, as the counting statement compares them. */
  public long requestCeiling() {
    return requestsPerMinute > 0 ? requestsPerMinute : Long.MAX_VALUE;
  }

  /** The tokens a window may hold, as the counting statement compares them. */
  public long tokenCeiling() {
    return tokensPerMinute > 0 ? tokensPerMinute : Long.MAX_VALUE;
  }

  /**
   * How long a call refused in {@code window} at {@code now} waits for the next window: the time
   * left in this one, when that is at most {@link #maxWait}; empty when it should fail fast.
   */
  public Optional<Duration> waitForNext(RateLimitWindow window, Instant now) {
    Duration left = Duration.between(now, window.end());
    if (left.isNegative()) {
      left = Duration.ZERO;
    }
    return left.compareTo(maxWait) <= 0 ? Optional.of(left) : Optional.empty();
  }
}
