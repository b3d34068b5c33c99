package com.shopassistant.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the container tests an empty PostgreSQL database, before the managed Liberty starts. Run by
 * the build (exec-maven-plugin) with host, port, database, user and password; the server itself was
 * started, if it had to be, by {@code scripts/ensure-postgres.sh} at the start of the build.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static void main(String[] args) throws SQLException {
    if (args.length < 4) {
      throw new IllegalArgumentException("usage: TestDatabase host port database user [password]");
    }
    String database = args[2];
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unsafe database name: " + database);
    }
    String adminUrl = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/postgres";
    String password = args.length > 4 ? args[4] : "";
    try (Connection connection = DriverManager.getConnection(adminUrl, args[3], password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database);
    }
    System.out.printf("[TestDatabase] fresh database %s at %s:%s%n", database, args[0], args[1]);
  }
}
