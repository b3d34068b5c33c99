package com.shopassistant.it.assistant;

import com.shopassistant.it.support.ServerDatabase;
import com.shopassistant.it.usage.UsageLedger;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The test server's token ledger read and written over JDBC: earlier usage is planted as ledger
 * rows (the only way to reach a day's budget without a day of chatting), and what the server
 * metered is read back.
 */
final class LedgerRows {

  /** One row as the server wrote it. */
  record Row(String model, int input, int output, int cached, int total, BigDecimal costUsd) {}

  private LedgerRows() {}

  /** Plants a model call of {@code tokens} input tokens made at {@code at} by the customer. */
  static void plant(long customerId, String tier, Instant at, int tokens) throws SQLException {
    UsageLedger.plant(customerId, at, "gemini-2.5-flash", tier, tokens, 0, 0, "0");
  }

  /** Puts the customer on {@code tier}, as an administrator's change would. */
  static void tier(long customerId, String tier) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement update =
            connection.prepareStatement("update customer set tier = ? where id = ?")) {
      update.setString(1, tier);
      update.setLong(2, customerId);
      if (update.executeUpdate() != 1) {
        throw new AssertionError("no customer " + customerId);
      }
    }
  }

  /** The rows written for the customer's conversation, oldest first. */
  static List<Row> of(long customerId, String conversationId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "select model, input_tokens, output_tokens, cached_tokens, total_tokens, cost_usd"
                    + " from token_usage where customer_id = ? and conversation_id = ?"
                    + " order by id")) {
      select.setLong(1, customerId);
      select.setString(2, conversationId);
      List<Row> rows = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getString(1),
                  result.getInt(2),
                  result.getInt(3),
                  result.getInt(4),
                  result.getInt(5),
                  result.getBigDecimal(6)));
        }
      }
      return rows;
    }
  }

  /** All tokens metered for the customer since {@code since}. */
  static long tokensSince(long customerId, Instant since) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "select coalesce(sum(total_tokens), 0) from token_usage"
                    + " where customer_id = ? and occurred_at >= ?")) {
      select.setLong(1, customerId);
      select.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** The largest single call metered for the customer since {@code since}. */
  static long largestCallSince(long customerId, Instant since) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "select coalesce(max(total_tokens), 0) from token_usage"
                    + " where customer_id = ? and occurred_at >= ? and conversation_id is not null")) {
      select.setLong(1, customerId);
      select.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** Reservations of the customer still in the table. */
  static int reservations(long customerId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "select count(*) from token_reservation where customer_id = ?")) {
      select.setLong(1, customerId);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  private static Connection connect() throws SQLException {
    return ServerDatabase.connect();
  }
}
