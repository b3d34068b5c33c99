package com.shopassistant.it.assistant;

import com.shopassistant.it.support.ServerDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * The global model limit's windows ({@code model_rate_window}) of the test server's database, read
 * and written over JDBC: a full window is planted (the only way to reach 500 calls a minute without
 * making them), and what the server counted is read back. Windows start on the UTC minute.
 */
final class ModelWindows {

  /** What a window holds. */
  record Counts(long requests, long tokens) {}

  private ModelWindows() {}

  /** The start of the minute {@code instant} is in. */
  static Instant minuteOf(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MINUTES);
  }

  /** Deletes every window: each test starts with none counted. */
  static void clear() throws SQLException {
    try (Connection connection = connect();
        Statement delete = connection.createStatement()) {
      delete.executeUpdate("delete from model_rate_window");
    }
  }

  /** Sets the window starting at {@code minute} to hold these counts. */
  static void plant(Instant minute, long requests, long tokens) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement upsert =
            connection.prepareStatement(
                "insert into model_rate_window (window_start, requests, tokens) values (?, ?, ?)"
                    + " on conflict (window_start) do update"
                    + " set requests = excluded.requests, tokens = excluded.tokens")) {
      upsert.setObject(1, OffsetDateTime.ofInstant(minute, ZoneOffset.UTC));
      upsert.setLong(2, requests);
      upsert.setLong(3, tokens);
      upsert.executeUpdate();
    }
  }

  /** Every window with its counts, oldest first. */
  static Map<Instant, Counts> all() throws SQLException {
    try (Connection connection = connect();
        Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery(
                "select window_start, requests, tokens from model_rate_window"
                    + " order by window_start")) {
      Map<Instant, Counts> windows = new TreeMap<>();
      while (rows.next()) {
        windows.put(
            rows.getObject(1, OffsetDateTime.class).toInstant(),
            new Counts(rows.getLong(2), rows.getLong(3)));
      }
      return windows;
    }
  }

  /**
   * Waits until the clock (the server's: one machine) is between {@code from} and {@code to}
   * seconds into a minute, so that what a test does next falls where it needs to in its window.
   */
  static void awaitSecondOfMinute(double from, double to) throws InterruptedException {
    Instant now = Instant.now();
    double second = Duration.between(minuteOf(now), now).toMillis() / 1000.0;
    if (second >= from && second < to) {
      return;
    }
    double wait = second < from ? from - second : 60 - second + from;
    Thread.sleep((long) (wait * 1000) + 1);
  }

  private static Connection connect() throws SQLException {
    return ServerDatabase.connect();
  }
}
