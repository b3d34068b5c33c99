package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The global model limit's decisions that need no database. */
class ModelRateLimitsTest {

  private static final ModelRateLimits SEED = new ModelRateLimits(500, 2_000_000, seconds(2));

  @Test
  void aCallBelongsToTheUtcMinuteItIsMadeIn() {
    RateLimitWindow window = RateLimitWindow.containing(Instant.parse("2026-11-28T10:15:59.999Z"));

    assertThat(window.start()).isEqualTo(Instant.parse("2026-11-28T10:15:00Z"));
    assertThat(window.end()).isEqualTo(Instant.parse("2026-11-28T10:16:00Z"));
    assertThat(RateLimitWindow.containing(window.end()).start()).isEqualTo(window.end());
  }

  @Test
  void retryAfterIsTheWholeSecondsLeftInTheWindowAndAtLeastOne() {
    RateLimitWindow window = RateLimitWindow.containing(Instant.parse("2026-11-28T10:15:00Z"));

    assertThat(window.secondsUntilEnd(Instant.parse("2026-11-28T10:15:00Z"))).isEqualTo(60);
    assertThat(window.secondsUntilEnd(Instant.parse("2026-11-28T10:15:20.001Z"))).isEqualTo(40);
    assertThat(window.secondsUntilEnd(Instant.parse("2026-11-28T10:15:59.900Z"))).isEqualTo(1);
    assertThat(window.secondsUntilEnd(Instant.parse("2026-11-28T10:16:00Z"))).isEqualTo(1);
  }

  @Test
  void aRefusedCallWaitsWhenTheNextWindowStartsWithinMaxWait() {
    RateLimitWindow window = RateLimitWindow.containing(Instant.parse("2026-11-28T10:15:00Z"));

    assertThat(SEED.waitForNext(window, Instant.parse("2026-11-28T10:15:58.500Z")))
        .contains(Duration.ofMillis(1_500));
    assertThat(SEED.waitForNext(window, Instant.parse("2026-11-28T10:15:58Z")))
        .contains(seconds(2));
  }

  @Test
  void aRefusedCallFailsFastWhenTheNextWindowIsFurtherThanMaxWait() {
    RateLimitWindow window = RateLimitWindow.containing(Instant.parse("2026-11-28T10:15:00Z"));

    assertThat(SEED.waitForNext(window, Instant.parse("2026-11-28T10:15:57.999Z"))).isEmpty();
    assertThat(SEED.waitForNext(window, Instant.parse("2026-11-28T10:15:01Z"))).isEmpty();
  }

  @Test
  void aZeroMaxWaitNeverWaitsExceptAtTheBoundaryItself() {
    ModelRateLimits noWait = new ModelRateLimits(500, 0, Duration.ZERO);
    RateLimitWindow window = RateLimitWindow.containing(Instant.parse("2026-11-28T10:15:00Z"));

    assertThat(noWait.waitForNext(window, Instant.parse("2026-11-28T10:15:59.999Z"))).isEmpty();
    assertThat(noWait.waitForNext(window, window.end())).contains(Duration.ZERO);
    assertThat(new ModelRateLimits(1, 1, null).maxWait()).isEqualTo(Duration.ZERO);
    assertThat(new ModelRateLimits(1, 1, seconds(-1)).maxWait()).isEqualTo(Duration.ZERO);
  }

  @Test
  void anEstimateAboveTheTokensPerMinuteNeverFits() {
    assertThat(SEED.neverFits(2_000_000)).isFalse();
    assertThat(SEED.neverFits(2_000_001)).isTrue();
    assertThat(new ModelRateLimits(500, 0, seconds(2)).neverFits(Long.MAX_VALUE)).isFalse();
  }

  @Test
  void aLimitOfZeroIsOffAndLetsTheStatementCompareAgainstTheLargestNumber() {
    ModelRateLimits tokensOnly = new ModelRateLimits(0, 1_000, seconds(2));

    assertThat(tokensOnly.off()).isFalse();
    assertThat(tokensOnly.requestCeiling()).isEqualTo(Long.MAX_VALUE);
    assertThat(tokensOnly.tokenCeiling()).isEqualTo(1_000);
    assertThat(SEED.requestCeiling()).isEqualTo(500);
    assertThat(new ModelRateLimits(0, 0, seconds(2)).off()).isTrue();
    assertThat(new ModelRateLimits(-1, -5, seconds(2)).off()).isTrue();
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }
}
