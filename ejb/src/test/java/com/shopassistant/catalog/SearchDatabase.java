package com.shopassistant.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh database migrated like the application's (an in-memory H2 in PostgreSQL mode, or a
 * database of its own on a PostgreSQL server), on which the search statements run through plain
 * JDBC: a {@code ?n} marker of {@link ProductSearchSql} becomes a JDBC {@code ?} bound to value n.
 */
final class SearchDatabase implements ProductSearch.Database, AutoCloseable {

  /** System property naming a PostgreSQL server (as for the persistence module's tests). */
  static final String POSTGRES_URL_PROPERTY = "shop.test.postgres.url";

  private final Connection connection;
  private final Runnable dropper;

  private SearchDatabase(Connection connection, Runnable dropper) {
    this.connection = connection;
    this.dropper = dropper;
  }

  static SearchDatabase h2() throws SQLException {
    String url =
        "jdbc:h2:mem:search-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    Connection connection = DriverManager.getConnection(url, "sa", "");
    migrate(url, "sa", "", "h2");
    return new SearchDatabase(connection, () -> {});
  }

  static SearchDatabase postgres() throws SQLException {
    String server = System.getProperty(POSTGRES_URL_PROPERTY);
    String user = System.getProperty("shop.test.postgres.user", "postgres");
    String password = System.getProperty("shop.test.postgres.password", "");
    String name = "shop_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(server, user, password);
        Statement s = admin.createStatement()) {
      s.execute("create database " + name);
    }
    String url = server.substring(0, server.lastIndexOf('/') + 1) + name;
    migrate(url, user, password, "postgresql");
    Runnable drop =
        () -> {
          try (Connection admin = DriverManager.getConnection(server, user, password);
              Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
          } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + name, e);
          }
        };
    return new SearchDatabase(DriverManager.getConnection(url, user, password), drop);
  }

  private static void migrate(String url, String user, String password, String vendor) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .load()
        .migrate();
  }

  void execute(String... statements) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  @Override
  public List<CategoryRow> categories() {
    List<CategoryRow> rows = new ArrayList<>();
    for (Object[] r : query("select id, slug, name from category", List.of())) {
      rows.add(new CategoryRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
    }
    return rows;
  }

  @Override
  public List<Object[]> rows(ProductSearchSql.Statement statement) {
    List<Integer> markers = SearchSqlContract.markers(statement.sql());
    List<Object> values = markers.stream().map(n -> statement.parameters().get(n - 1)).toList();
    return query(statement.sql().replaceAll("\\?\\d+", "?"), values);
  }

  private List<Object[]> query(String sql, List<Object> values) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        ps.setObject(i + 1, values.get(i));
      }
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = rs.getObject(c + 1);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
    dropper.run();
  }
}
