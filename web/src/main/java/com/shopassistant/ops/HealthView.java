package com.shopassistant.ops;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The JSON body of {@code /api/v1/health}.
 *
 * @param status {@code UP} or {@code DOWN}
 * @param database the database part
 * @param migrations the schema part
 */
@JsonbPropertyOrder({"status", "database", "migrations"})
public record HealthView(String status, Database database, Migrations migrations) {

  /**
   * @param status {@code UP} or {@code DOWN}
   * @param kind {@code postgresql} or {@code embedded}
   * @param error why it is down, if it is
   */
  @JsonbPropertyOrder({"status", "kind", "error"})
  public record Database(String status, String kind, String error) {}

  /**
   * @param status {@code UP} when every migration is applied
   * @param version the schema version
   * @param pending migrations not applied yet (-1 when unknown)
   * @param error why migrating failed, if it did
   */
  @JsonbPropertyOrder({"status", "version", "pending", "error"})
  public record Migrations(String status, String version, int pending, String error) {}

  static HealthView of(DatabaseHealth.HealthReport report) {
    MigrationStatus migration = report.migration();
    return new HealthView(
        upDown(report.up()),
        new Database(
            upDown(report.connectionError().isEmpty()),
            report.kind(),
            report.connectionError().orElse(null)),
        new Migrations(
            upDown(migration.applied()),
            migration.schemaVersion().orElse(null),
            migration.pending(),
            migration.error().orElse(null)));
  }

  private static String upDown(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
