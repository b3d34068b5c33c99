package com.shopassistant.usage;

import com.shopassistant.ops.DatabaseTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar day of the store's zone as the instants the ledger is queried with: {@code [start,
 * end)} in UTC. A day is not always 24 hours (daylight saving time), which is why its boundaries
 * come from the zone's rules here instead of arithmetic in SQL.
 */
record ReportDay(LocalDate day, OffsetDateTime start, OffsetDateTime end) {

  static ReportDay of(UsagePeriods periods, LocalDate day) {
    return new ReportDay(
        day,
        DatabaseTime.normalize(periods.startOf(day)),
        DatabaseTime.normalize(periods.startOf(day.plusDays(1))));
  }

  /** Every day from {@code from} to {@code to}, both included, in order. */
  static List<ReportDay> between(UsagePeriods periods, LocalDate from, LocalDate to) {
    List<ReportDay> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.add(of(periods, day));
    }
    return days;
  }

  /** Whether {@code at} falls on this day. */
  boolean contains(OffsetDateTime at) {
    return !at.isBefore(start) && at.isBefore(end);
  }
}
