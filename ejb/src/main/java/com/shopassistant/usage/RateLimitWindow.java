package com.shopassistant.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A fixed one-minute rate-limit window, aligned to the minute in UTC so that every instance puts
 * the same request into the same window (clocks of Cloud Run instances are NTP-synchronised).
 *
 * @param start the first instant of the window
 * @param end the first instant after the window
 */
public record RateLimitWindow(Instant start, Instant end) {

  public static final Duration LENGTH = Duration.ofMinutes(1);

  /** The window that contains {@code now}. */
  public static RateLimitWindow containing(Instant now) {
    Instant start = now.truncatedTo(ChronoUnit.MINUTES);
    return new RateLimitWindow(start, start.plus(LENGTH));
  }

  /** Whole seconds from {@code now} until the window ends, rounded up and never below one. */
  public long secondsUntilEnd(Instant now) {
    long millis = Duration.between(now, end).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  /** The start as the database column's type ({@code timestamp with time zone}), in UTC. */
  public OffsetDateTime startInUtc() {
    return start.atOffset(ZoneOffset.UTC);
  }

  /** Decides on a request that was counted as the {@code count}-th of this window. */
  public RateLimitDecision decide(long count, int limit, Instant now) {
    if (limit <= 0) {
      return RateLimitDecision.unlimited();
    }
    long remaining = Math.max(0, limit - count);
    return new RateLimitDecision(count <= limit, limit, (int) remaining, secondsUntilEnd(now));
  }
}
