package com.shopassistant.usage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The range and grouping of an admin usage report: days of the store's zone from {@code from} to
 * {@code to}, both included.
 */
public record UsageReportRequest(LocalDate from, LocalDate to, UsageGroupBy groupBy) {

  /** The longest range a report may cover: a year, a leap year included. */
  public static final int MAX_DAYS = 366;

  /**
   * Reads the query parameters as sent (null when absent): ISO dates ({@code 2026-11-01}) and a
   * grouping. Without {@code to} the report ends {@code today}; without {@code from} it starts on
   * the first of {@code to}'s month; without {@code groupBy} it is by day.
   *
   * @throws InvalidUsageReportException naming every bad parameter
   */
  public static UsageReportRequest parse(String from, String to, String groupBy, LocalDate today)
      throws InvalidUsageReportException {
    List<Map<String, String>> errors = new ArrayList<>();
    LocalDate end = date(to, "to", errors);
    LocalDate start = date(from, "from", errors);
    UsageGroupBy grouping =
        blank(groupBy) ? UsageGroupBy.DAY : UsageGroupBy.parse(groupBy).orElse(null);
    if (grouping == null) {
      errors.add(error("groupBy", "must be one of day, user, model, tier"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidUsageReportException(errors);
    }
    end = end == null ? today : end;
    start = start == null ? end.withDayOfMonth(1) : start;
    if (start.isAfter(end)) {
      errors.add(error("to", "must not be before from (" + start + ")"));
    } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
      errors.add(error("to", "the report may cover at most " + MAX_DAYS + " days from " + start));
    }
    if (!errors.isEmpty()) {
      throw new InvalidUsageReportException(errors);
    }
    return new UsageReportRequest(start, end, grouping);
  }

  /** How many days the report covers. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(from, to) + 1;
  }

  private static LocalDate date(String text, String field, List<Map<String, String>> errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(error(field, "must be a date like 2026-11-01"));
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
