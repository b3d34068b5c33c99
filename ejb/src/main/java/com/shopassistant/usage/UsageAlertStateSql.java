package com.shopassistant.usage;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The shared alert state ({@code usage_alert_state}, one row) in SQL that PostgreSQL and H2 both
 * run. An instance takes the next reading of the ledger by one conditional update that succeeds
 * only when the last claim has expired, so whatever the number of instances, one of them reads the
 * ledger per interval; one that dies while reading holds the claim only until it expires.
 */
final class UsageAlertStateSql {

  static final String CLAIM =
      "update usage_alert_state set claimed_until = ?1 where id = 1 and claimed_until <= ?2";

  static final String SAVE =
      "update usage_alert_state set read_at = ?1, usage_day = ?2, calls = ?3, input_tokens = ?4,"
          + " output_tokens = ?5, cached_tokens = ?6, total_tokens = ?7, cost_usd = ?8,"
          + " over_warning = ?9 where id = 1";

  static final String LOAD =
      "select usage_day, calls, input_tokens, output_tokens, cached_tokens, total_tokens, cost_usd,"
          + " over_warning from usage_alert_state where id = 1 and read_at is not null";

  private UsageAlertStateSql() {}

  /** Whether this caller is the one to read the ledger now, for the next {@code interval}. */
  static boolean claim(NativeSql db, Instant now, Duration interval) {
    return db.update(CLAIM, utc(now.plus(interval)), utc(now)) == 1;
  }

  static void save(NativeSql db, UsageAlertState state, Instant readAt) {
    UsageTotals today = state.today();
    db.update(
        SAVE,
        utc(readAt),
        Date.valueOf(state.day()),
        today.calls(),
        today.input(),
        today.output(),
        today.cached(),
        today.total(),
        today.costUsd(),
        state.customersOverWarning());
  }

  /**
   * The state last saved, with {@code threshold} (each instance's own setting); empty when none was
   * saved yet.
   */
  static Optional<UsageAlertState> load(NativeSql db, BigDecimal threshold) {
    List<Object[]> rows = db.query(LOAD);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new UsageAlertState(
            day(row[0]), UsageTotals.of(row, 1), threshold, UsageTotals.whole(row[7])));
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
