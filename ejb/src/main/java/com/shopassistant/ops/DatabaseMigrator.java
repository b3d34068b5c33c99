package com.shopassistant.ops;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
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
 * application: health reports it as down and a later health check tries again, at most every {@link
 * #RETRY_INTERVAL} and never from two threads at once, so probes do not queue behind it. Success is
 * announced with {@link SchemaReady}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigrator {

  static final Duration RETRY_INTERVAL = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  private final ReentrantLock attempt = new ReentrantLock();
  private volatile MigrationStatus status = MigrationStatus.notAttempted();

  @Inject Event<SchemaReady> schemaReady;

  @PostConstruct
  void migrateAtStartup() {
    attempt.lock();
    try {
      migrate();
    } finally {
      attempt.unlock();
    }
  }

  /**
   * The outcome of the last attempt. When it failed long enough ago, one caller retries while the
   * others get the last outcome at once.
   */
  public MigrationStatus status() {
    MigrationStatus current = status;
    if (current.applied() || !retryDue(current) || !attempt.tryLock()) {
      return current;
    }
    try {
      return retryDue(status) ? migrate() : status;
    } finally {
      attempt.unlock();
    }
  }

  /** True once the schema is current; callers that need tables check this first. */
  public boolean isSchemaReady() {
    return status().applied();
  }

  private static boolean retryDue(MigrationStatus last) {
    return !last.applied()
        && last.attemptedAt().plus(RETRY_INTERVAL).isBefore(OffsetDateTime.now());
  }

  private MigrationStatus migrate() {
    if (DataSourceSelector.embeddedRefused()) {
      LOG.severe(
          "Neither CLOUD_SQL_CONNECTION_NAME nor DATABASE_HOST is set on Cloud Run: the embedded"
              + " database is refused, since what it stores dies with the instance (set"
              + " SHOP_ALLOW_EMBEDDED=true to use it anyway)");
      return failed();
    }
    try {
      Flyway flyway = flyway(lookupDataSource());
      MigrateResult result = flyway.migrate();
      MigrationInfo current = flyway.info().current();
      int pending = flyway.info().pending().length;
      // No current version means Flyway found no migrations: a packaging fault, not success.
      boolean applied = pending == 0 && current != null;
      status =
          new MigrationStatus(
              applied,
              Optional.ofNullable(current).map(info -> info.getVersion().getVersion()),
              pending,
              applied ? Optional.empty() : Optional.of(MigrationStatus.INCOMPLETE),
              OffsetDateTime.now());
      LOG.info(
          () ->
              String.format(
                  "Schema migrated on %s database: %d migration(s) applied, now at version %s",
                  DataSourceSelector.embedded() ? "embedded" : "PostgreSQL",
                  result.migrationsExecuted,
                  status.schemaVersion().orElse("none")));
      if (applied) {
        schemaReady.fireAsync(new SchemaReady(status.schemaVersion().orElseThrow()));
      }
    } catch (NamingException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Schema migration failed: {0}", firstLineOfRootCause(e));
      return failed();
    }
    return status;
  }

  /** Health shows only this fixed reason; the database's own words stay in the log. */
  private MigrationStatus failed() {
    status =
        new MigrationStatus(
            false, Optional.empty(), -1, Optional.of(MigrationStatus.FAILED), OffsetDateTime.now());
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

  /** Enough for an operator to act on, without a stack trace. */
  static String firstLineOfRootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
