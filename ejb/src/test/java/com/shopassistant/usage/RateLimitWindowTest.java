package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitWindowTest {

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Jakarta"));
  }

  @Test
  void windowIsTheUtcMinuteContainingNow() {
    Clock clock = at("2026-03-01T10:15:42.250Z");

    RateLimitWindow window = RateLimitWindow.containing(clock.instant());

    assertThat(window.start()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
    assertThat(window.end()).isEqualTo(Instant.parse("2026-03-01T10:16:00Z"));
    assertThat(window.startInUtc())
        .isEqualTo(OffsetDateTime.of(2026, 3, 1, 10, 15, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void requestsInTheSameMinuteShareAWindowAndTheNextMinuteStartsANewOne() {
    RateLimitWindow first = RateLimitWindow.containing(Instant.parse("2026-03-01T10:15:00Z"));
    RateLimitWindow last = RateLimitWindow.containing(Instant.parse("2026-03-01T10:15:59.999Z"));
    RateLimitWindow next = RateLimitWindow.containing(Instant.parse("2026-03-01T10:16:00Z"));

    assertThat(last).isEqualTo(first);
    assertThat(next.start()).isEqualTo(first.end());
  }

  @Test
  void retryAfterCountsWholeSecondsToTheEndOfTheWindowRoundedUp() {
    Instant now = Instant.parse("2026-03-01T10:15:42.250Z");
    RateLimitWindow window = RateLimitWindow.containing(now);

    assertThat(window.secondsUntilEnd(now)).isEqualTo(18);
    assertThat(window.secondsUntilEnd(Instant.parse("2026-03-01T10:15:00Z"))).isEqualTo(60);
    assertThat(window.secondsUntilEnd(Instant.parse("2026-03-01T10:15:59.999Z"))).isEqualTo(1);
  }

  @Test
  void theLimitThRequestPassesWithNoneRemainingAndTheNextIsRefused() {
    Instant now = Instant.parse("2026-03-01T10:15:30Z");
    RateLimitWindow window = RateLimitWindow.containing(now);

    RateLimitDecision first = window.decide(1, 100, now);
    RateLimitDecision last = window.decide(100, 100, now);
    RateLimitDecision over = window.decide(101, 100, now);

    assertThat(first).isEqualTo(new RateLimitDecision(true, 100, 99, 30));
    assertThat(last).isEqualTo(new RateLimitDecision(true, 100, 0, 30));
    assertThat(over).isEqualTo(new RateLimitDecision(false, 100, 0, 30));
  }

  @Test
  void aCallerOverTheLimitIsServedAgainOnceTheWindowEnds() {
    Clock during = at("2026-03-01T10:15:50Z");
    Clock after = at("2026-03-01T10:16:00.001Z");
    RateLimitWindow refusedIn = RateLimitWindow.containing(during.instant());
    RateLimitDecision refused = refusedIn.decide(61, 60, during.instant());

    RateLimitWindow nextWindow = RateLimitWindow.containing(after.instant());
    // A new window has a new row: the first request there is counted as 1.
    RateLimitDecision again = nextWindow.decide(1, 60, after.instant());

    assertThat(refused.allowed()).isFalse();
    assertThat(during.instant().plusSeconds(refused.retryAfterSeconds()))
        .isEqualTo(nextWindow.start());
    assertThat(nextWindow).isNotEqualTo(refusedIn);
    assertThat(again).isEqualTo(new RateLimitDecision(true, 60, 59, 60));
  }

  @Test
  void zeroLimitMeansUnlimited() {
    Instant now = Instant.parse("2026-03-01T10:15:30Z");

    RateLimitDecision decision = RateLimitWindow.containing(now).decide(5000, 0, now);

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.limited()).isFalse();
  }
}
