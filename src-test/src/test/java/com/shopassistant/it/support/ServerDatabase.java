package com.shopassistant.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A JDBC connection to the database of the server under test, from the same DATABASE_* variables
 * the build gives the server; for tests that plant rows or read what the server wrote.
 */
public final class ServerDatabase {

  private ServerDatabase() {}

  public static Connection connect() throws SQLException {
    String url =
        "jdbc:postgresql://"
            + env("DATABASE_HOST", "127.0.0.1")
            + ":"
            + env("DATABASE_PORT", "5432")
            + "/"
            + env("DATABASE_NAME", "shop_it");
    return DriverManager.getConnection(
        url, env("DATABASE_USER", "postgres"), env("DATABASE_PASSWORD", ""));
  }

  /** A variable of the build's environment, or {@code fallback} when unset or blank. */
  public static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
