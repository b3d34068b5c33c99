package com.shopassistant.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Flyway migrations must produce on every database the application runs on. */
abstract class MigrationContract {

  /** Every table of docs/data-model.md. */
  static final List<String> SPEC_TABLES =
      List.of(
          "category",
          "product",
          "product_variant",
          "variant_option",
          "customer",
          "address",
          "payment_method",
          "cart",
          "cart_line",
          "voucher",
          "voucher_redemption",
          "customer_order",
          "order_line",
          "order_line_option",
          "fulfilment",
          "fulfilment_item",
          "payment_transaction",
          "order_change",
          "order_change_item",
          "conversation",
          "chat_message",
          "token_usage",
          "jwt_signing_key",
          "refresh_token",
          "pending_confirmation",
          "handover_request");

  private TestDatabase database;

  abstract TestDatabase newDatabase() throws SQLException;

  @BeforeEach
  void createDatabase() throws SQLException {
    database = newDatabase();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    database.close();
  }

  @Test
  void migrationCreatesEverySpecTable() throws SQLException {
    assertThat(database.migrate()).isPositive();

    try (Connection c = database.connection()) {
      assertThat(tables(c.getMetaData()))
          .containsAll(SPEC_TABLES)
          .contains("flyway_schema_history");
    }
  }

  @Test
  void secondMigrationFindsNothingToDo() {
    database.migrate();

    assertThat(database.migrate()).isZero();
  }

  @Test
  void v5GivesExistingProductsThePriceRangeOfTheirVariants() throws SQLException {
    database.migrateTo("4");
    try (Connection c = database.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into product (id, code, name, active, created_at, updated_at) values"
              + " (1, 'P1', 'Lamp', true, current_timestamp, current_timestamp),"
              + " (2, 'P2', 'Empty', true, current_timestamp, current_timestamp)");
      s.execute(
          "insert into product_variant (product_id, code, price, stock_quantity) values"
              + " (1, 'V1', 12.50, 0), (1, 'V2', 7.25, 3), (1, 'V3', 30.00, 1)");
    }

    database.migrate();

    try (Connection c = database.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select min_price, max_price from product order by id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("7.25");
      assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("30.00");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBigDecimal(1)).isNull();
      assertThat(rs.getBigDecimal(2)).isNull();
    }
  }

  @Test
  void everyForeignKeyColumnLeadsAnIndex() throws SQLException {
    database.migrate();

    List<String> unindexed = new ArrayList<>();
    try (Connection c = database.connection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String table : SPEC_TABLES) {
        Set<String> leading = leadingIndexColumns(meta, table);
        for (String column : foreignKeyColumns(meta, table)) {
          if (!leading.contains(column)) {
            unindexed.add(table + "." + column);
          }
        }
      }
    }
    assertThat(unindexed).isEmpty();
  }

  private static Set<String> tables(DatabaseMetaData meta) throws SQLException {
    Set<String> names = new HashSet<>();
    try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  private static Set<String> foreignKeyColumns(DatabaseMetaData meta, String table)
      throws SQLException {
    Set<String> columns = new HashSet<>();
    try (ResultSet rs = meta.getImportedKeys(null, "public", table)) {
      while (rs.next()) {
        if (rs.getShort("KEY_SEQ") == 1) {
          columns.add(rs.getString("FKCOLUMN_NAME"));
        }
      }
    }
    return columns;
  }

  private static Set<String> leadingIndexColumns(DatabaseMetaData meta, String table)
      throws SQLException {
    Set<String> columns = new HashSet<>();
    try (ResultSet rs = meta.getIndexInfo(null, "public", table, false, false)) {
      while (rs.next()) {
        if (rs.getShort("ORDINAL_POSITION") == 1) {
          columns.add(rs.getString("COLUMN_NAME"));
        }
      }
    }
    return columns;
  }
}
