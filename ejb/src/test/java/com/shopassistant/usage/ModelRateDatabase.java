package com.shopassistant.usage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * A fresh database migrated like the application's (H2 in PostgreSQL mode, or one of its own on the
 * test PostgreSQL), on which {@link ModelRateWindowSql} runs through JDBC in autocommit mode, as
 * each of the application's calls runs in a transaction of its own. {@link #connect()} opens
 * another connection to the same database: another instance of the application.
 */
final class ModelRateDatabase implements AutoCloseable {

  static final String POSTGRES_URL_PROPERTY = "shop.test.postgres.url";
  private static final Pattern MARKER = Pattern.compile("\\?(\\d+)");

  private final String url;
  private final String user;
  private final String password;
  private final Runnable dropper;
  private final List<Connection> opened = new ArrayList<>();

  private ModelRateDatabase(String url, String user, String password, Runnable dropper) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.dropper = dropper;
  }

  static ModelRateDatabase h2() {
    String url =
        "jdbc:h2:mem:model-rate-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    migrate(url, "sa", "", "h2");
    return new ModelRateDatabase(url, "sa", "", () -> admin(url, "sa", "", "shutdown"));
  }

  static ModelRateDatabase postgres() {
    String server = System.getProperty(POSTGRES_URL_PROPERTY);
    String user = System.getProperty("shop.test.postgres.user", "postgres");
    String password = System.getProperty("shop.test.postgres.password", "");
    String name = "shop_rate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin(server, user, password, "create database " + name);
    String url = server.substring(0, server.lastIndexOf('/') + 1) + name;
    migrate(url, user, password, "postgresql");
    return new ModelRateDatabase(
        url,
        user,
        password,
        () -> admin(server, user, password, "drop database if exists " + name + " with (force)"));
  }

  private static void admin(String server, String user, String password, String sql) {
    try (Connection admin = DriverManager.getConnection(server, user, password);
        Statement s = admin.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  private static void migrate(String url, String user, String password, String vendor) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .load()
        .migrate();
  }

  /** A connection of its own, closed with this database. */
  ModelRateWindowSql.Database connect() {
    try {
      Connection connection = DriverManager.getConnection(url, user, password);
      synchronized (opened) {
        opened.add(connection);
      }
      return new Jdbc(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to " + url, e);
    }
  }

  @Override
  public void close() throws SQLException {
    for (Connection connection : opened) {
      connection.close();
    }
    dropper.run();
  }

  /** Each {@code ?n} becomes a {@code ?} bound to parameter n, as JPA binds it. */
  private record Jdbc(Connection connection) implements ModelRateWindowSql.Database {

    @Override
    public List<Object[]> query(String sql, Object... parameters) {
      try (PreparedStatement ps = prepare(sql, parameters);
          ResultSet rs = ps.executeQuery()) {
        List<Object[]> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = rs.getObject(c + 1);
          }
          rows.add(row);
        }
        return rows;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot run " + sql, e);
      }
    }

    @Override
    public int update(String sql, Object... parameters) {
      try (PreparedStatement ps = prepare(sql, parameters)) {
        return ps.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot run " + sql, e);
      }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
      List<Integer> markers = new ArrayList<>();
      Matcher m = MARKER.matcher(sql);
      while (m.find()) {
        markers.add(Integer.parseInt(m.group(1)));
      }
      PreparedStatement ps = connection.prepareStatement(MARKER.matcher(sql).replaceAll("?"));
      for (int i = 0; i < markers.size(); i++) {
        ps.setObject(i + 1, parameters[markers.get(i) - 1]);
      }
      return ps;
    }
  }
}
