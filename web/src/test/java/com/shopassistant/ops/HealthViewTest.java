package com.shopassistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthViewTest {

  @Test
  void upWhenTheDatabaseAnswersAndTheSchemaIsCurrent() {
    MigrationStatus migrated =
        new MigrationStatus(true, Optional.of("1"), 0, Optional.empty(), OffsetDateTime.now());

    HealthView view =
        HealthView.of(
            new DatabaseHealth.HealthReport(true, "postgresql", Optional.empty(), migrated));

    assertThat(view.status()).isEqualTo("UP");
    assertThat(view.database()).isEqualTo(new HealthView.Database("UP", "postgresql", null));
    assertThat(view.migrations()).isEqualTo(new HealthView.Migrations("UP", "1", 0, null));
  }

  @Test
  void downNamesTheFailingPartWithoutInternals() {
    MigrationStatus failed =
        new MigrationStatus(
            false, Optional.empty(), -1, Optional.of("Connection refused"), OffsetDateTime.now());

    HealthView view =
        HealthView.of(
            new DatabaseHealth.HealthReport(
                false, "postgresql", Optional.of("database unreachable"), failed));

    assertThat(view.status()).isEqualTo("DOWN");
    assertThat(view.database().status()).isEqualTo("DOWN");
    assertThat(view.database().error()).isEqualTo("database unreachable");
    assertThat(view.migrations().status()).isEqualTo("DOWN");
    assertThat(view.migrations().error()).isEqualTo("Connection refused");
  }

  @Test
  void reachableDatabaseWithPendingMigrationsIsDown() {
    MigrationStatus pending =
        new MigrationStatus(false, Optional.of("1"), 2, Optional.empty(), OffsetDateTime.now());

    HealthView view =
        HealthView.of(
            new DatabaseHealth.HealthReport(false, "embedded", Optional.empty(), pending));

    assertThat(view.status()).isEqualTo("DOWN");
    assertThat(view.database().status()).isEqualTo("UP");
    assertThat(view.migrations().pending()).isEqualTo(2);
  }
}
