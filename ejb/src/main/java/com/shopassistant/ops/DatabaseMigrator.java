package com.shopassistant.ops;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything uses JPA.
 *
 * <p>Bean-managed transactions, because Flyway commits on its own connection. A failed attempt
 * (database not reachable yet, as on a Cloud Run cold start next to Cloud SQL) does not stop the
 * application: health reports it as down and the attempt is repeated, at most every {@link
 * #RETRY_INTERVAL}, until it succeeds.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigrator {

  static final Duration RETRY_INTERVAL = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  private volatile MigrationStatus status = MigrationStatus.notAttempted();

  @PostConstruct
  void migrateAtStartup() {
    migrate();
  }

  /** The outcome of the last attempt; retries first when the last one failed long enough ago. */
  public MigrationStatus status() {
    MigrationStatus current = status;
    if (!current.applied()
        && current.attemptedAt().plus(RETRY_INTERVAL).isBefore(OffsetDateTime.now())) {
      return migrate();
    }
    return current;
  }

  /** True once the schema is current; callers that need tables check this first. */
  public boolean isSchemaReady() {
    return status().applied();
  }

  private synchronized MigrationStatus migrate() {
    if (status.applied()) {
      return status;
    }
    try {
      Flyway flyway = flyway(lookupDataSource());
      MigrateResult result = flyway.migrate();
      MigrationInfo current = flyway.info().current();
      int pending = flyway.info().pending().length;
      // No current version means Flyway found no migrations: a packaging fault, not success.
      status =
          new MigrationStatus(
              pending == 0 && current != null,
              Optional.ofNullable(current).map(info -> info.getVersion().getVersion()),
              pending,
              Optional.empty(),
              OffsetDateTime.now());
      LOG.info(
          () ->
              String.format(
                  "Schema migrated on %s database: %d migration(s) applied, now at version %s",
                  DataSourceSelector.embedded() ? "embedded" : "PostgreSQL",
                  result.migrationsExecuted,
                  status.schemaVersion().orElse("none")));
    } catch (NamingException | RuntimeException e) {
      status =
          new MigrationStatus(
              false, Optional.empty(), -1, Optional.of(reasonOf(e)), OffsetDateTime.now());
      LOG.log(Level.SEVERE, "Schema migration failed: {0}", reasonOf(e));
    }
    return status;
  }

  static Flyway flyway(DataSource dataSource) {
    // Every folder Flyway scans, db/callback included, carries an empty flyway.location file:
    // without one Flyway cannot list a classpath folder through Liberty's class loader.
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder())
        .failOnMissingLocations(false)
        .connectRetries(0)
        .load();
  }

  /** Database-specific migrations (indexes, extensions) live beside the common ones. */
  static String vendorFolder() {
    return DataSourceSelector.embedded() ? "h2" : "postgresql";
  }

  static DataSource lookupDataSource() throws NamingException {
    return (DataSource) new InitialContext().lookup(DataSourceSelector.dataSourceJndiName());
  }

  /** The first line of the innermost message: enough to act on, never a stack trace. */
  private static String reasonOf(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
