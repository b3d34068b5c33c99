package com.shopassistant.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database refuses what the entities refuse, so rows written by plain SQL (imports, atomic
 * updates of stock, balances and counters) cannot break the rules either.
 */
abstract class ConstraintContract {

  private static final String TS = "timestamp with time zone '2026-01-01 00:00:00+00'";

  // One row of each kind; in a fresh database each gets id 1, which the statements refer to.
  private static final String[] FIXTURE = {
    "insert into customer (handle, email, tier, role, created_at, updated_at)"
        + " values ('noah_brown_6181', 'noah@example.com', 'FREE', 'CUSTOMER', "
        + TS
        + ", "
        + TS
        + ")",
    "insert into product (code, name, active, created_at, updated_at)"
        + " values ('9523456873', 'T-Shirt', true, "
        + TS
        + ", "
        + TS
        + ")",
    "insert into product_variant (product_id, code, price, stock_quantity)"
        + " values (1, '9612497925', 50.88, 3)",
    "insert into variant_option (variant_id, option_name, option_value) values (1, 'color',"
        + " 'blue')",
    "insert into cart (customer_id, created_at, updated_at) values (1, " + TS + ", " + TS + ")",
    "insert into cart_line (cart_id, variant_id, quantity, added_at) values (1, 1, 1, " + TS + ")",
    "insert into payment_method (customer_id, code, kind, balance, created_at)"
        + " values (1, 'gift_card_1', 'GIFT_CARD', 10.00, "
        + TS
        + ")",
    "insert into customer_order (order_number, customer_id, status, address1, city, country,"
        + " subtotal, discount, total, created_at, updated_at) values ('#W1', 1, 'PENDING',"
        + " '1 Main St', 'Denver', 'USA', 50.88, 0, 50.88, "
        + TS
        + ", "
        + TS
        + ")",
    "insert into order_line (order_id, line_no, variant_id, product_code, item_code,"
        + " product_name, unit_price, quantity) values (1, 1, 1, '9523456873', '9612497925',"
        + " 'T-Shirt', 50.88, 1)",
    "insert into conversation (id, customer_id, created_at, updated_at)"
        + " values ('c1', 1, "
        + TS
        + ", "
        + TS
        + ")",
  };

  private TestDatabase database;
  private Connection connection;

  abstract TestDatabase newDatabase() throws SQLException;

  @BeforeEach
  void migrateAndFill() throws SQLException {
    database = newDatabase();
    database.migrate();
    connection = database.connection();
    for (String sql : FIXTURE) {
      execute(sql);
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    connection.close();
    database.close();
  }

  private static final Pattern CASE_HEADER = Pattern.compile("-- (.+) \\| ([a-z_]+)");

  /** The cases of {@code schema/constraint-violations.sql}: rule, constraint name, statement. */
  static Stream<Arguments> violations() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    String[] header = null;
    StringBuilder sql = new StringBuilder();
    for (String line : resourceLines("/schema/constraint-violations.sql")) {
      Matcher caseHeader = CASE_HEADER.matcher(line);
      if (caseHeader.matches()) {
        header = new String[] {caseHeader.group(1), caseHeader.group(2)};
      } else if (header != null && !line.isBlank()) {
        sql.append(sql.length() == 0 ? "" : " ").append(line.strip());
        if (line.strip().endsWith(";")) {
          cases.add(Arguments.of(header[0], header[1], sql.substring(0, sql.length() - 1)));
          header = null;
          sql.setLength(0);
        }
      }
    }
    return cases.stream();
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = ConstraintContract.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static String voucher(String code, String type, String value, String used, String limit) {
    return "insert into voucher (code, discount_type, discount_value, valid_from, times_used,"
        + " usage_limit_total) values ("
        + String.join(", ", code, type, value, TS, used, limit)
        + ")";
  }

  // The constraint's name in the message proves the row failed for the rule under test.
  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void databaseRefuses(String rule, String constraint, String sql) {
    assertThatThrownBy(() -> execute(sql))
        .as(rule)
        .isInstanceOf(SQLException.class)
        .message()
        .containsIgnoringCase(constraint);
  }

  @Test
  void validRowsOfTheSameShapeAreAccepted() throws SQLException {
    execute("update cart_line set quantity = 2");
    execute("update product_variant set stock_quantity = 0");
    execute("update payment_method set balance = 0");
    execute("update customer_order set status = 'PENDING_ITEMS_MODIFIED'");
    execute(voucher("'SAVE10'", "'PERCENTAGE'", "100", "2", "2"));

    assertThat(count("select count(*) from voucher")).isEqualTo(1);
  }

  @Test
  void deletingAProductTakesItsVariantsOptionsAndCartLinesAlong() throws SQLException {
    execute("delete from order_line");

    execute("delete from product where id = 1");

    assertThat(count("select count(*) from product_variant")).isZero();
    assertThat(count("select count(*) from variant_option")).isZero();
    assertThat(count("select count(*) from cart_line")).isZero();
  }

  @Test
  void aDeletedVariantLeavesOrderLinesWithTheirSnapshot() throws SQLException {
    execute("delete from product_variant where id = 1");

    assertThat(count("select count(*) from order_line where variant_id is null")).isEqualTo(1);
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
