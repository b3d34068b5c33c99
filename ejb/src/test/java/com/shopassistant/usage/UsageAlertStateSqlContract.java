package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared alert state on every database the application runs on: one reader per interval. */
abstract class UsageAlertStateSqlContract {

  private static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final BigDecimal THRESHOLD = new BigDecimal("75");

  private ModelRateDatabase database;
  private NativeSql instanceA;
  private NativeSql instanceB;

  abstract ModelRateDatabase newDatabase();

  @BeforeEach
  void open() {
    database = newDatabase();
    instanceA = database.connect();
    instanceB = database.connect();
  }

  @AfterEach
  void close() throws SQLException {
    database.close();
  }

  @Test
  void oneInstanceClaimsTheReadingAndTheOtherNotUntilTheClaimExpires() {
    assertThat(UsageAlertStateSql.claim(instanceA, NOW, MINUTE)).isTrue();
    assertThat(UsageAlertStateSql.claim(instanceB, NOW.plusSeconds(30), MINUTE)).isFalse();
    assertThat(UsageAlertStateSql.claim(instanceA, NOW.plusSeconds(59), MINUTE)).isFalse();

    assertThat(UsageAlertStateSql.claim(instanceB, NOW.plusSeconds(60), MINUTE)).isTrue();
  }

  @Test
  void nothingIsLoadedBeforeTheFirstReadingIsSaved() {
    assertThat(UsageAlertStateSql.load(instanceB, THRESHOLD)).isEmpty();
  }

  @Test
  void whatOneInstanceSavesTheOtherLoadsWithItsOwnThreshold() {
    UsageAlertState read =
        new UsageAlertState(
            LocalDate.of(2026, 11, 28),
            new UsageTotals(4211, 9_120_331, 402_113, 5_004_112, 9_522_444, new BigDecimal("81.2")),
            THRESHOLD,
            3);

    UsageAlertStateSql.save(instanceA, read, NOW);

    assertThat(UsageAlertStateSql.load(instanceB, THRESHOLD)).contains(read);
    assertThat(UsageAlertStateSql.load(instanceB, new BigDecimal("100")).orElseThrow().costAlert())
        .isFalse();
  }
}
