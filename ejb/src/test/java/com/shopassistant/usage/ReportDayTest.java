package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store's days as the ledger is queried with them: half-open UTC ranges, one after another. */
class ReportDayTest {

  private static final UsagePeriods JAKARTA = new UsagePeriods("Asia/Jakarta");

  @Test
  void aCallAt2359AndOneAt0001InJakartaFallOnDifferentDays() {
    OffsetDateTime lateEvening = OffsetDateTime.parse("2026-11-28T23:59:00+07:00");
    OffsetDateTime justAfterMidnight = OffsetDateTime.parse("2026-11-29T00:01:00+07:00");

    List<ReportDay> days =
        ReportDay.between(JAKARTA, LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29));

    assertThat(days.get(0).contains(lateEvening)).isTrue();
    assertThat(days.get(1).contains(lateEvening)).isFalse();
    assertThat(days.get(0).contains(justAfterMidnight)).isFalse();
    assertThat(days.get(1).contains(justAfterMidnight)).isTrue();
  }

  @Test
  void theDaysOfARangeAcrossAMonthFollowEachOtherWithoutGapOrOverlap() {
    List<ReportDay> days =
        ReportDay.between(JAKARTA, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2));

    assertThat(days)
        .extracting(ReportDay::day)
        .containsExactly(
            LocalDate.of(2026, 10, 30),
            LocalDate.of(2026, 10, 31),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 2));
    for (int i = 1; i < days.size(); i++) {
      assertThat(days.get(i).start()).isEqualTo(days.get(i - 1).end());
    }
    // 1 November starts at 17:00 UTC on 31 October
    assertThat(days.get(2).start())
        .isEqualTo(OffsetDateTime.of(2026, 10, 31, 17, 0, 0, 0, ZoneOffset.UTC));
    assertThat(days.get(2).start().getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void theLastSecondOfOctoberIsOctoberAndTheFirstOfNovemberIsNovember() {
    ReportDay october = ReportDay.of(JAKARTA, LocalDate.of(2026, 10, 31));
    ReportDay november = ReportDay.of(JAKARTA, LocalDate.of(2026, 11, 1));

    assertThat(october.contains(OffsetDateTime.parse("2026-10-31T16:59:59.999999Z"))).isTrue();
    assertThat(november.contains(OffsetDateTime.parse("2026-10-31T17:00:00Z"))).isTrue();
    assertThat(october.contains(OffsetDateTime.parse("2026-10-31T17:00:00Z"))).isFalse();
  }

  @Test
  void aDayWhenTheClocksGoBackIs25HoursInAZoneWithDaylightSavingTime() {
    UsagePeriods berlin = new UsagePeriods("Europe/Berlin");

    ReportDay autumn = ReportDay.of(berlin, LocalDate.of(2026, 10, 25));

    assertThat(Duration.between(autumn.start(), autumn.end())).isEqualTo(Duration.ofHours(25));
  }
}
