package com.shopassistant.ops;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What the last schema migration attempt did.
 *
 * @param applied true when every migration on the classpath is in the database
 * @param schemaVersion the newest applied version, empty before the first success
 * @param pending migrations found on the classpath but not yet applied
 * @param error {@link #FAILED}, {@link #INCOMPLETE} or {@link #NOT_ATTEMPTED} when the schema is
 *     not current: fixed words, since health endpoints are public; the details are in the log
 * @param attemptedAt when the attempt finished
 */
public record MigrationStatus(
    boolean applied,
    Optional<String> schemaVersion,
    int pending,
    Optional<String> error,
    OffsetDateTime attemptedAt) {

  public static final String FAILED = "migration failed, see the server log";
  public static final String INCOMPLETE = "migrations pending or missing, see the server log";
  public static final String NOT_ATTEMPTED = "not attempted yet";

  static MigrationStatus notAttempted() {
    return new MigrationStatus(
        false, Optional.empty(), -1, Optional.of(NOT_ATTEMPTED), OffsetDateTime.now());
  }
}
