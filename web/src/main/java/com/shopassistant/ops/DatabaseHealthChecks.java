package com.shopassistant.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * {@code /health/ready}, {@code /health/live} and {@code /health/started} give the same answer as
 * {@code /api/v1/health}: the seed probes liveness on the same database check.
 */
@ApplicationScoped
public class DatabaseHealthChecks {

  @Inject DatabaseHealth databaseHealth;

  @Produces
  @Readiness
  HealthCheck readiness() {
    return this::databaseCheck;
  }

  @Produces
  @Liveness
  HealthCheck liveness() {
    return this::databaseCheck;
  }

  @Produces
  @Startup
  HealthCheck startup() {
    return this::databaseCheck;
  }

  private HealthCheckResponse databaseCheck() {
    DatabaseHealth.HealthReport report = databaseHealth.check();
    HealthCheckResponseBuilder builder =
        HealthCheckResponse.named("database")
            .status(report.up())
            .withData("kind", report.kind())
            .withData("schemaVersion", report.migration().schemaVersion().orElse("none"))
            .withData("pendingMigrations", report.migration().pending());
    report.connectionError().ifPresent(error -> builder.withData("error", error));
    report.migration().error().ifPresent(error -> builder.withData("migrationError", error));
    return builder.build();
  }
}
