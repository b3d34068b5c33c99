package com.shopassistant.ops;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current instant as the database keeps it: UTC, microsecond precision. Both PostgreSQL and H2
 * store microseconds, so a timestamp truncated here reads back equal to the value written, which
 * keeps equality checks and optimistic comparisons honest.
 */
public final class DatabaseTime {

  private DatabaseTime() {}

  /** Now, in UTC, truncated to microseconds. */
  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** The same instant in UTC at database precision; null stays null. */
  public static OffsetDateTime normalize(OffsetDateTime value) {
    return value == null
        ? null
        : value.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
