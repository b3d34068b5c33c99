package com.shopassistant.usage;

/**
 * A model call refused by the global model limit ({@link ModelRateLimiter}): the calls or tokens of
 * this minute, for all instances together, are used up, and the next window is further away than
 * the call may wait. The call was not made.
 *
 * <p>Unchecked, so that it passes the model interface and the fallback chain without widening every
 * signature; the fallback chain lets it through (another model or the offline assistant would hide
 * the overload), and the chat service turns it into the turn's own checked exception, which the API
 * answers with 503 and {@code Retry-After}.
 */
public class ModelCapacityExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ModelRateOutcome reason;
  private final long retryAfterSeconds;

  public ModelCapacityExceededException(ModelRateOutcome reason, long retryAfterSeconds) {
    super(
        "the global model limit of "
            + (reason == ModelRateOutcome.TOKENS ? "tokens" : "requests")
            + " per minute is reached; retry in "
            + retryAfterSeconds
            + " s");
    this.reason = reason;
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  /** {@link ModelRateOutcome#REQUESTS} or {@link ModelRateOutcome#TOKENS}. */
  public ModelRateOutcome reason() {
    return reason;
  }

  /** Seconds until the window that refused the call ends, at least one. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
