package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.ops.Background;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The limiter's steps around the database: count, wait or fail fast, settle, carry on without. */
class ModelRateLimiterTest {

  private static final Instant MINUTE = Instant.parse("2026-11-28T10:15:00Z");
  private static final Instant NEXT_MINUTE = MINUTE.plusSeconds(60);

  private final ScriptedWindows windows = new ScriptedWindows();
  private final List<Duration> sleeps = new ArrayList<>();

  private ModelRateLimiter limiter(long rpm, long tpm, Instant now) {
    ModelRateLimiter limiter =
        new ModelRateLimiter(
            new ModelRateLimits(rpm, tpm, Duration.ofSeconds(2)),
            windows,
            new ModelRateLimitMetrics());
    limiter.clock = Clock.fixed(now, ZoneOffset.UTC);
    limiter.sleeper = sleeps::add;
    return limiter;
  }

  @Test
  void aCallIsCountedWithItsEstimateInTheMinuteItIsMadeIn() {
    windows.outcomes.add(ModelRateOutcome.COUNTED);

    ModelRatePermit permit = limiter(500, 2_000_000, MINUTE.plusSeconds(10)).acquire(3_000);

    assertThat(permit).isEqualTo(new ModelRatePermit(MINUTE, 3_000));
    assertThat(windows.counted).containsExactly(MINUTE + " 3000 500 2000000");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void overTheLimitFarFromTheNextWindowFailsFastWithTheSecondsLeft() {
    windows.outcomes.add(ModelRateOutcome.REQUESTS);

    assertThatThrownBy(() -> limiter(500, 2_000_000, MINUTE.plusMillis(17_400)).acquire(3_000))
        .isInstanceOfSatisfying(
            ModelCapacityExceededException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ModelRateOutcome.REQUESTS);
              assertThat(e.retryAfterSeconds()).isEqualTo(43);
            });
    assertThat(sleeps).isEmpty();
    assertThat(windows.counted).hasSize(1);
  }

  @Test
  void overTheLimitNearTheNextWindowWaitsForItAndIsCountedThere() {
    windows.outcomes.add(ModelRateOutcome.TOKENS);
    windows.outcomes.add(ModelRateOutcome.COUNTED);

    ModelRatePermit permit = limiter(500, 2_000_000, MINUTE.plusMillis(58_800)).acquire(3_000);

    assertThat(sleeps).containsExactly(Duration.ofMillis(1_200));
    assertThat(permit.window()).isEqualTo(NEXT_MINUTE);
    assertThat(windows.counted)
        .containsExactly(MINUTE + " 3000 500 2000000", NEXT_MINUTE + " 3000 500 2000000");
  }

  @Test
  void aCallStillRefusedInTheNextWindowFailsWithThatWindowsRetryAfter() {
    windows.outcomes.add(ModelRateOutcome.REQUESTS);
    windows.outcomes.add(ModelRateOutcome.REQUESTS);

    // The fixed clock still says 10:15:59: the next window then ends in 61 s.
    assertThatThrownBy(() -> limiter(500, 2_000_000, MINUTE.plusSeconds(59)).acquire(10))
        .isInstanceOfSatisfying(
            ModelCapacityExceededException.class,
            e -> assertThat(e.retryAfterSeconds()).isEqualTo(61));
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    assertThat(windows.counted).hasSize(2);
  }

  @Test
  void anEstimateAboveTheTokensPerMinuteIsRefusedWithoutAskingTheDatabase() {
    assertThatThrownBy(() -> limiter(500, 10_000, MINUTE.plusSeconds(59)).acquire(10_001))
        .isInstanceOfSatisfying(
            ModelCapacityExceededException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ModelRateOutcome.TOKENS);
              assertThat(e.retryAfterSeconds()).isEqualTo(1);
            });
    assertThat(windows.counted).isEmpty();
    assertThat(sleeps).isEmpty();
  }

  @Test
  void withBothLimitsOffNothingIsCounted() {
    ModelRatePermit permit = limiter(0, 0, MINUTE).acquire(Long.MAX_VALUE);

    assertThat(permit.counted()).isFalse();
    assertThat(windows.counted).isEmpty();
    assertThat(ModelRateLimiter.off().acquire(1_000_000)).isEqualTo(ModelRatePermit.NONE);
  }

  @Test
  void anOffLimitIsPassedAsTheLargestNumber() {
    windows.outcomes.add(ModelRateOutcome.COUNTED);

    limiter(0, 2_000_000, MINUTE).acquire(5);

    assertThat(windows.counted).containsExactly(MINUTE + " 5 " + Long.MAX_VALUE + " 2000000");
  }

  @Test
  void whenTheDatabaseCannotCountTheCallGoesThroughUncounted() {
    windows.failing = true;

    ModelRatePermit permit = limiter(500, 2_000_000, MINUTE).acquire(3_000);

    assertThat(permit.counted()).isFalse();
    limiter(500, 2_000_000, MINUTE).settle(permit, 2_000);
    assertThat(windows.corrections).isEmpty();
  }

  @Test
  void aCorrectionIsMadeInTheBackgroundNotOnTheCallersThread() {
    ModelRateLimiter limiter = limiter(500, 2_000_000, MINUTE);
    List<Runnable> later = new ArrayList<>();
    limiter.background =
        new Background() {
          @Override
          public CompletionStage<Void> run(Runnable task) {
            later.add(task);
            return CompletableFuture.completedFuture(null);
          }
        };

    limiter.settle(new ModelRatePermit(MINUTE, 3_000), 1_250);

    assertThat(windows.corrections).isEmpty();
    assertThat(later).hasSize(1);
    later.get(0).run();
    assertThat(windows.corrections).containsExactly(MINUTE + " -1750");
  }

  @Test
  void settlingCorrectsTheWindowByTheRealTokensLessTheEstimate() {
    ModelRateLimiter limiter = limiter(500, 2_000_000, MINUTE);

    limiter.settle(new ModelRatePermit(MINUTE, 3_000), 1_250);
    limiter.settle(new ModelRatePermit(MINUTE, 3_000), 3_400);
    limiter.settle(new ModelRatePermit(MINUTE, 3_000), 3_000);

    assertThat(windows.corrections).containsExactly(MINUTE + " -1750", MINUTE + " 400");
  }

  @Test
  void aCorrectionTheDatabaseCannotTakeIsNotTheCallersProblem() {
    windows.failing = true;

    limiter(500, 2_000_000, MINUTE).settle(new ModelRatePermit(MINUTE, 3_000), 1_000);

    assertThat(windows.corrections).hasSize(1);
  }

  @Test
  void anInterruptedWaitIsRefusedAndKeepsTheInterrupt() {
    windows.outcomes.add(ModelRateOutcome.REQUESTS);
    ModelRateLimiter limiter = limiter(500, 2_000_000, MINUTE.plusSeconds(59));
    limiter.sleeper =
        duration -> {
          throw new InterruptedException();
        };

    try {
      assertThatThrownBy(() -> limiter.acquire(10))
          .isInstanceOf(ModelCapacityExceededException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(windows.counted).hasSize(1);
  }

  /** Answers counts from a script and records what it was asked. */
  private static final class ScriptedWindows extends ModelRateWindows {
    final Deque<ModelRateOutcome> outcomes = new ArrayDeque<>();
    final List<String> counted = new ArrayList<>();
    final List<String> corrections = new ArrayList<>();
    boolean failing;

    @Override
    public ModelRateOutcome count(Instant window, long tokens, long maxRequests, long maxTokens)
        throws RateLimitUnavailableException {
      counted.add(window + " " + tokens + " " + maxRequests + " " + maxTokens);
      if (failing) {
        throw new RateLimitUnavailableException("down", null);
      }
      return outcomes.removeFirst();
    }

    @Override
    public void correct(Instant window, long delta) throws RateLimitUnavailableException {
      corrections.add(window + " " + delta);
      if (failing) {
        throw new RateLimitUnavailableException("down", null);
      }
    }
  }
}
