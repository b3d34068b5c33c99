package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Days and months of the store's zone: budgets reset at Jakarta's midnight, not UTC's. */
class UsagePeriodsTest {

  private final UsagePeriods jakarta = new UsagePeriods("Asia/Jakarta");

  @Test
  void aJakartaDayStartsAtFiveOClockUtcTheDayBefore() {
    Instant lateUtcEvening = Instant.parse("2026-11-27T18:30:00Z"); // 01:30 on the 28th in Jakarta

    assertThat(jakarta.dayStart(lateUtcEvening))
        .isEqualTo(OffsetDateTime.of(2026, 11, 28, 0, 0, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(jakarta.dayStart(lateUtcEvening).toInstant())
        .isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
    assertThat(jakarta.nextDayStart(lateUtcEvening).toInstant())
        .isEqualTo(Instant.parse("2026-11-28T17:00:00Z"));
  }

  @Test
  void oneMinuteEitherSideOfJakartaMidnightAreDifferentDays() {
    Instant before = Instant.parse("2026-11-28T16:59:00Z"); // 23:59 on the 28th
    Instant after = Instant.parse("2026-11-28T17:01:00Z"); // 00:01 on the 29th

    assertThat(jakarta.dayOf(before)).hasDayOfMonth(28);
    assertThat(jakarta.dayOf(after)).hasDayOfMonth(29);
    assertThat(jakarta.dayStart(after)).isEqualTo(jakarta.nextDayStart(before));
  }

  @Test
  void theMonthTurnsAtJakartaMidnightOfTheFirst() {
    Instant lastMinuteOfNovember = Instant.parse("2026-11-30T16:59:59Z");
    Instant firstOfDecember = Instant.parse("2026-11-30T17:00:00Z");

    assertThat(jakarta.monthStart(lastMinuteOfNovember).toInstant())
        .isEqualTo(Instant.parse("2026-10-31T17:00:00Z"));
    assertThat(jakarta.nextMonthStart(lastMinuteOfNovember).toInstant()).isEqualTo(firstOfDecember);
    assertThat(jakarta.monthStart(firstOfDecember).toInstant()).isEqualTo(firstOfDecember);
    assertThat(jakarta.nextMonthStart(firstOfDecember).toInstant())
        .isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
  }

  @Test
  void anotherZoneIsConfigurable() {
    UsagePeriods utc = new UsagePeriods("UTC");

    assertThat(utc.dayStart(Instant.parse("2026-11-27T18:30:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
  }
}
