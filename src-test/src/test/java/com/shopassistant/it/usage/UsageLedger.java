package com.shopassistant.it.usage;

import com.shopassistant.it.support.ServerDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The test server's ledger over JDBC: calls planted on chosen days with chosen costs (the only way
 * to a $75 day or to last year's usage without waiting for them), and what the server wrote read
 * back.
 */
public final class UsageLedger {

  private UsageLedger() {}

  /** A model call of the customer at {@code at}; its total is input plus output. */
  public static void plant(
      long customerId,
      Instant at,
      String model,
      String tier,
      int input,
      int output,
      int cached,
      String costUsd)
      throws SQLException {
    try (Connection connection = connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into token_usage (occurred_at, customer_id, conversation_id, model, tier,"
                    + " input_tokens, output_tokens, cached_tokens, total_tokens, cost_usd)"
                    + " values (?, ?, null, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.setLong(2, customerId);
      insert.setString(3, model);
      insert.setString(4, tier);
      insert.setInt(5, input);
      insert.setInt(6, output);
      insert.setInt(7, cached);
      insert.setInt(8, input + output);
      insert.setBigDecimal(9, new BigDecimal(costUsd));
      insert.executeUpdate();
    }
  }

  /** The tier the ledger copied into the customer's latest call. */
  static String lastTier(long customerId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "select tier from token_usage where customer_id = ? order by id desc limit 1")) {
      select.setLong(1, customerId);
      try (ResultSet result = select.executeQuery()) {
        if (!result.next()) {
          throw new AssertionError("no ledger row of customer " + customerId);
        }
        return result.getString(1);
      }
    }
  }

  /**
   * Writes the shared alert state as another instance would after reading the ledger, holding the
   * claim until {@code claimedUntil} so that this server's instance only takes it.
   */
  static void shareAlertState(LocalDate day, String costUsd, long overWarning, Instant claimedUntil)
      throws SQLException {
    try (Connection connection = connect();
        PreparedStatement update =
            connection.prepareStatement(
                "update usage_alert_state set claimed_until = ?, read_at = ?, usage_day = ?,"
                    + " calls = 1, input_tokens = 1, output_tokens = 0, cached_tokens = 0,"
                    + " total_tokens = 1, cost_usd = ?, over_warning = ? where id = 1")) {
      update.setObject(1, OffsetDateTime.ofInstant(claimedUntil, ZoneOffset.UTC));
      update.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      update.setObject(3, day);
      update.setBigDecimal(4, new BigDecimal(costUsd));
      update.setLong(5, overWarning);
      if (update.executeUpdate() != 1) {
        throw new AssertionError("no usage_alert_state row");
      }
    }
  }

  private static Connection connect() throws SQLException {
    return ServerDatabase.connect();
  }
}
