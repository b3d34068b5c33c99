package com.shopassistant.ops;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What the last schema migration attempt did.
 *
 * @param applied true when every migration on the classpath is in the database
 * @param schemaVersion the newest applied version, empty before the first success
 * @param pending migrations found on the classpath but not yet applied
 * @param error a short reason when the attempt failed (no SQL, no stack trace)
 * @param attemptedAt when the attempt finished
 */
public record MigrationStatus(
    boolean applied,
    Optional<String> schemaVersion,
    int pending,
    Optional<String> error,
    OffsetDateTime attemptedAt) {

  static MigrationStatus notAttempted() {
    return new MigrationStatus(
        false, Optional.empty(), -1, Optional.of("not attempted yet"), OffsetDateTime.now());
  }
}
