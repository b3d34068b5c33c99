package com.shopassistant.usage;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The statements behind the global model limit ({@code model_rate_window}, one row per minute for
 * all instances), portable between PostgreSQL and H2 in PostgreSQL mode, run through a {@link
 * Database} (JPA native queries in the application, JDBC in tests).
 *
 * <p>A call is counted by one conditional update that adds the request and its token estimate only
 * while both stay within the limits: the database serialises concurrent updates of the row, and
 * each re-checks the condition on the row as the previous one left it, so no number of instances
 * can pass a limit together. A window's row is created empty by an insert that does nothing when
 * another instance was first; the update is then made again.
 */
final class ModelRateWindowSql {

  /** Runs one statement; {@code ?n} is bound to {@code parameters[n - 1]}. */
  interface Database extends NativeSql {}

  // Each parameter appears once: not every JPA provider binds a repeated ?n.
  static final String COUNT =
      "update model_rate_window set requests = requests + 1, tokens = tokens + ?2"
          + " where window_start = ?1 and requests < ?3 and tokens + ?4 <= ?5";

  static final String OPEN =
      "insert into model_rate_window (window_start, requests, tokens) values (?1, 0, 0)"
          + " on conflict do nothing";

  static final String READ =
      "select requests, tokens from model_rate_window where window_start = ?1";

  static final String CORRECT =
      "update model_rate_window set tokens = greatest(tokens + ?2, 0) where window_start = ?1";

  static final String DELETE_BEFORE = "delete from model_rate_window where window_start < ?1";

  private ModelRateWindowSql() {}

  /**
   * Counts one call of {@code tokens} (estimated) in the window starting at {@code window}, unless
   * the window would then hold more than {@code maxRequests} calls or {@code maxTokens} tokens.
   */
  static ModelRateOutcome count(
      Database db, OffsetDateTime window, long tokens, long maxRequests, long maxTokens) {
    Object[] values = {window, tokens, maxRequests, tokens, maxTokens};
    if (db.update(COUNT, values) == 1) {
      return ModelRateOutcome.COUNTED;
    }
    db.update(OPEN, window);
    if (db.update(COUNT, values) == 1) {
      return ModelRateOutcome.COUNTED;
    }
    List<Object[]> rows = db.query(READ, window);
    if (rows.isEmpty()) {
      // Only the hourly clean-up deletes rows, never the current window's: treat as full.
      return ModelRateOutcome.REQUESTS;
    }
    long requests = ((Number) rows.get(0)[0]).longValue();
    return requests >= maxRequests ? ModelRateOutcome.REQUESTS : ModelRateOutcome.TOKENS;
  }

  /** Adds {@code delta} (negative: fewer) to a window's tokens, which never go below zero. */
  static void correct(Database db, OffsetDateTime window, long delta) {
    db.update(CORRECT, window, delta);
  }

  static int deleteBefore(Database db, OffsetDateTime cutoff) {
    return db.update(DELETE_BEFORE, cutoff);
  }
}
