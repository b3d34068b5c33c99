package com.shopassistant.schema;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh, empty database for one test: an in-memory H2 in PostgreSQL mode, or a new database on a
 * PostgreSQL server. Flyway migrates it with the locations the application uses for that vendor,
 * and the {@code shop} unit can be bootstrapped on it in Java SE. Nothing is shared between tests.
 */
final class TestDatabase implements AutoCloseable {

  /** System property naming a PostgreSQL server to run the database tests on as well. */
  static final String POSTGRES_URL_PROPERTY = "shop.test.postgres.url";

  private final String url;
  private final String user;
  private final String password;
  private final String vendorLocation;
  private final Runnable dropper;
  private final Connection keepAlive;

  private TestDatabase(
      String url, String user, String password, String vendorLocation, Runnable dropper)
      throws SQLException {
    this.url = url;
    this.user = user;
    this.password = password;
    this.vendorLocation = vendorLocation;
    this.dropper = dropper;
    // In-memory H2 disappears with its last connection; this one holds it until close().
    this.keepAlive = DriverManager.getConnection(url, user, password);
  }

  /** An in-memory H2 with the settings of the embedded datasource. */
  static TestDatabase h2() throws SQLException {
    String url =
        "jdbc:h2:mem:shop-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    return new TestDatabase(url, "sa", "", "classpath:db/migration/h2", () -> {});
  }

  /**
   * A new database on the PostgreSQL server of {@link #POSTGRES_URL_PROPERTY} (user and password
   * from {@code shop.test.postgres.user}/{@code .password}), dropped again on close.
   */
  static TestDatabase postgres() throws SQLException {
    String serverUrl = System.getProperty(POSTGRES_URL_PROPERTY);
    String user = System.getProperty("shop.test.postgres.user", "postgres");
    String password = System.getProperty("shop.test.postgres.password", "");
    String name = "shop_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(serverUrl, user, password, "create database " + name);
    String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    Runnable drop =
        () ->
            execute(serverUrl, user, password, "drop database if exists " + name + " with (force)");
    return new TestDatabase(url, user, password, "classpath:db/migration/postgresql", drop);
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
    }
  }

  /** Runs the migrations the way the application's migrator does; returns how many ran. */
  int migrate() {
    return migrateTo("latest");
  }

  /**
   * Runs the migrations up to and including {@code version}, e.g. to fill a table before a later
   * one.
   */
  int migrateTo(String version) {
    return Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration/common", vendorLocation)
        .target(version)
        .load()
        .migrate()
        .migrationsExecuted;
  }

  boolean isPostgres() {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
  }

  Connection connection() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * The {@code shop} unit of persistence.xml, switched from JTA on a container datasource to local
   * transactions on this database. The datasource selector stays configured: it leaves a unit that
   * was given a JDBC URL alone, which this also shows.
   */
  EntityManagerFactory entityManagerFactory() {
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", "");
    props.put("jakarta.persistence.jdbc.url", url);
    props.put(
        "jakarta.persistence.jdbc.driver",
        isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver");
    props.put("jakarta.persistence.jdbc.user", user);
    props.put("jakarta.persistence.jdbc.password", password);
    // Lazy to-one links are woven only inside the server; here they load eagerly. Failures the
    // tests provoke on purpose reach the test as exceptions, so they need no log line either.
    props.put("eclipselink.logging.level", "SEVERE");
    return Persistence.createEntityManagerFactory("shop", props);
  }

  @Override
  public void close() throws SQLException {
    keepAlive.close();
    dropper.run();
  }
}
