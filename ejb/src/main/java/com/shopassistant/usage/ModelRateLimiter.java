package com.shopassistant.usage;

import com.shopassistant.ops.Background;
import com.shopassistant.ops.OncePerInterval;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The global limit on model calls, for all instances together (seed: 500 requests and 2,000,000
 * tokens a minute), counted in fixed one-minute windows in PostgreSQL ({@link ModelRateWindows}).
 *
 * <p>Before a call, {@link #acquire} counts it with its estimated tokens. When the window is full
 * and the next one starts within {@code max-wait}, the call waits for it (outside any transaction)
 * and tries once more there; otherwise, or when that fails too, it is refused with {@link
 * ModelCapacityExceededException}, which carries the seconds until its window ends. A request
 * thread therefore never sleeps longer than {@code max-wait}. After the call, {@link #settle}
 * replaces the estimate with the tokens the model reported.
 *
 * <p>When the database cannot count, the call goes through uncounted: losing the limit for a while
 * is better than losing the assistant (the per-caller rate limit makes the same choice). That is
 * logged as a WARNING at most once a minute.
 */
@ApplicationScoped
public class ModelRateLimiter {

  /** Waits for the next window; a test replaces it. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private static final Logger LOG = Logger.getLogger(ModelRateLimiter.class.getName());

  @Inject ModelRateWindows windows;
  @Inject ModelRateLimitMetrics metrics;
  @Inject Background background;

  /** Model calls per minute for all instances together; 0 turns this limit off. */
  @Inject
  @ConfigProperty(name = "shop.usage.model-limit.requests-per-minute", defaultValue = "500")
  long requestsPerMinute;

  /** Model tokens (input + output) per minute for all instances together; 0 turns it off. */
  @Inject
  @ConfigProperty(name = "shop.usage.model-limit.tokens-per-minute", defaultValue = "2000000")
  long tokensPerMinute;

  /** The longest a call over the limit waits for the next window before it is refused. */
  @Inject
  @ConfigProperty(name = "shop.usage.model-limit.max-wait", defaultValue = "PT2S")
  Duration maxWait;

  Clock clock = Clock.systemUTC();
  Sleeper sleeper =
      duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
  private final OncePerInterval warnings =
      new OncePerInterval(Duration.ofMinutes(1), Clock.systemUTC());
  private ModelRateLimits limits;

  /** For CDI. */
  protected ModelRateLimiter() {}

  ModelRateLimiter(
      ModelRateLimits limits, ModelRateWindows windows, ModelRateLimitMetrics metrics) {
    this.limits = limits;
    this.windows = windows;
    this.metrics = metrics;
  }

  /** A limiter that counts nothing: for a gateway outside a container. */
  public static ModelRateLimiter off() {
    return new ModelRateLimiter(new ModelRateLimits(0, 0, Duration.ZERO), null, null);
  }

  @PostConstruct
  void start() {
    limits = new ModelRateLimits(requestsPerMinute, tokensPerMinute, maxWait);
  }

  public ModelRateLimits limits() {
    return limits;
  }

  /**
   * Counts a call of {@code estimatedTokens} (prompt and room for the answer), waiting up to {@code
   * max-wait} for the next window when this one is full.
   *
   * @throws ModelCapacityExceededException when the call may not be made now; it was not counted
   */
  public ModelRatePermit acquire(long estimatedTokens) {
    if (limits.off()) {
      return ModelRatePermit.NONE;
    }
    Instant now = clock.instant();
    RateLimitWindow window = RateLimitWindow.containing(now);
    if (limits.neverFits(estimatedTokens)) {
      throw refused(ModelRateOutcome.TOKENS, window.secondsUntilEnd(now));
    }
    Optional<ModelRateOutcome> outcome = countIn(window, estimatedTokens);
    if (outcome.isEmpty() || outcome.get() == ModelRateOutcome.COUNTED) {
      return permit(outcome, window, estimatedTokens);
    }
    Optional<Duration> wait = limits.waitForNext(window, now);
    if (wait.isEmpty()) {
      throw refused(outcome.get(), window.secondsUntilEnd(now));
    }
    waitFor(wait.get(), outcome.get(), window);
    // The next window explicitly, not the clock's: a sleep may wake a little early.
    RateLimitWindow next = RateLimitWindow.containing(window.end());
    outcome = countIn(next, estimatedTokens);
    if (outcome.isEmpty() || outcome.get() == ModelRateOutcome.COUNTED) {
      return permit(outcome, next, estimatedTokens);
    }
    throw refused(outcome.get(), next.secondsUntilEnd(clock.instant()));
  }

  /**
   * Counts a call of {@code estimatedTokens} in the caller's transaction if its window has room
   * now; otherwise counts nothing and returns {@link ModelRatePermit#NONE}, and {@link #acquire}
   * decides before the call (waiting or refusing). A database failure here fails the caller's
   * transaction, which has failed with it anyway.
   */
  public ModelRatePermit countInTransaction(long estimatedTokens) {
    if (windows == null || limits.off() || limits.neverFits(estimatedTokens)) {
      return ModelRatePermit.NONE;
    }
    RateLimitWindow window = RateLimitWindow.containing(clock.instant());
    ModelRateOutcome outcome =
        windows.countInTransaction(
            window.start(), estimatedTokens, limits.requestCeiling(), limits.tokenCeiling());
    return outcome == ModelRateOutcome.COUNTED
        ? permit(Optional.of(outcome), window, estimatedTokens)
        : ModelRatePermit.NONE;
  }

  /**
   * A permit for a call: {@code counted} when it was counted already ({@link #countInTransaction}),
   * else one from {@link #acquire(long)}.
   */
  public ModelRatePermit acquire(ModelRatePermit counted, long estimatedTokens) {
    return counted != null && counted.counted() ? counted : acquire(estimatedTokens);
  }

  /**
   * Replaces a counted call's estimate with the tokens the model reported: later, on another
   * thread, so that the correction's transaction is not part of the customer's wait (the window
   * holds the estimate, which is larger, for those few milliseconds).
   */
  public void settle(ModelRatePermit permit, long actualTokens) {
    if (permit == null || !permit.counted() || actualTokens == permit.estimatedTokens()) {
      return;
    }
    Runnable correction = () -> correct(permit, actualTokens);
    if (background == null) {
      correction.run();
      return;
    }
    try {
      background.run(correction);
    } catch (RuntimeException e) { // no thread to run it on: correct it here
      correction.run();
    }
  }

  /**
   * Like {@link #settle}, now, in the caller's transaction: for a call its budget reservation
   * counted ({@link #countInTransaction}), corrected where that reservation ends, with no
   * transaction of its own. A database failure here fails the caller's transaction.
   */
  public void settleInTransaction(ModelRatePermit permit, long actualTokens) {
    if (windows == null
        || permit == null
        || !permit.counted()
        || actualTokens == permit.estimatedTokens()) {
      return;
    }
    windows.correctInTransaction(permit.window(), actualTokens - permit.estimatedTokens());
  }

  private void correct(ModelRatePermit permit, long actualTokens) {
    try {
      windows.correct(permit.window(), actualTokens - permit.estimatedTokens());
    } catch (RateLimitUnavailableException | RuntimeException e) {
      unavailable(e);
    }
  }

  /** The outcome in {@code window}; empty when the database could not count. */
  private Optional<ModelRateOutcome> countIn(RateLimitWindow window, long estimatedTokens) {
    try {
      return Optional.of(
          windows.count(
              window.start(), estimatedTokens, limits.requestCeiling(), limits.tokenCeiling()));
    } catch (RateLimitUnavailableException | RuntimeException e) {
      unavailable(e);
      return Optional.empty();
    }
  }

  private ModelRatePermit permit(
      Optional<ModelRateOutcome> outcome, RateLimitWindow window, long estimatedTokens) {
    if (outcome.isEmpty()) {
      return ModelRatePermit.NONE; // let through uncounted; already logged and counted
    }
    metrics.acquired();
    return new ModelRatePermit(window.start(), estimatedTokens);
  }

  private void waitFor(Duration wait, ModelRateOutcome reason, RateLimitWindow window) {
    long started = System.nanoTime();
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused(reason, window.secondsUntilEnd(clock.instant()));
    } finally {
      metrics.waited(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private ModelCapacityExceededException refused(ModelRateOutcome reason, long retryAfterSeconds) {
    metrics.rejected(reason);
    return new ModelCapacityExceededException(reason, retryAfterSeconds);
  }

  private void unavailable(Exception e) {
    metrics.unavailable();
    if (warnings.tryAcquire()) {
      LOG.log(Level.WARNING, "Global model limit not enforced: the counters are unavailable", e);
    }
  }
}
