package com.shopassistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OncePerIntervalTest {

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void saysYesOnceAMinute() {
    MovableClock clock = new MovableClock();
    OncePerInterval once = new OncePerInterval(Duration.ofMinutes(1), clock);

    assertThat(once.tryAcquire()).isTrue();
    assertThat(once.tryAcquire()).isFalse();
    clock.now = clock.now.plusSeconds(59);
    assertThat(once.tryAcquire()).isFalse();
    clock.now = clock.now.plusSeconds(1);
    assertThat(once.tryAcquire()).isTrue();
    assertThat(once.tryAcquire()).isFalse();
  }
}
