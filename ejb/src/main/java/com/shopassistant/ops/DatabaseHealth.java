package com.shopassistant.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import javax.naming.NamingException;

/**
 * One answer to "can this instance serve?", shared by {@code /api/v1/health} (the Cloud Run probe)
 * and the MicroProfile Health checks so the two never disagree.
 */
@ApplicationScoped
public class DatabaseHealth {

  private static final int VALIDATION_TIMEOUT_SECONDS = 3;

  @Inject DatabaseMigrator migrator;

  /** Checks the connection and the schema now. */
  public HealthReport check() {
    boolean embedded = DataSourceSelector.embedded();
    Optional<String> connectionError = connectionError();
    MigrationStatus migration = migrator.status();
    return new HealthReport(
        connectionError.isEmpty() && migration.applied(),
        embedded ? "embedded" : "postgresql",
        connectionError,
        migration);
  }

  private static Optional<String> connectionError() {
    try (Connection connection = DatabaseMigrator.lookupDataSource().getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
          ? Optional.empty()
          : Optional.of("database unreachable");
    } catch (SQLTransientConnectionException e) {
      // Every pooled connection is in use: the instance is busy, not broken. Reporting it down
      // would make Cloud Run restart a healthy instance under load.
      return Optional.empty();
    } catch (SQLException | NamingException e) {
      return Optional.of("database unreachable");
    }
  }

  /**
   * The state of the database as health reports it.
   *
   * @param up the database answers and its schema is current
   * @param kind {@code postgresql} or {@code embedded}
   * @param connectionError why a connection could not be used, if it could not
   * @param migration the schema migration status
   */
  public record HealthReport(
      boolean up, String kind, Optional<String> connectionError, MigrationStatus migration) {}
}
