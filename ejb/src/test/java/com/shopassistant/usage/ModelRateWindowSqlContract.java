package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the global model limit's statements must do on every database the application runs on. */
abstract class ModelRateWindowSqlContract {

  private static final OffsetDateTime MINUTE =
      OffsetDateTime.of(2026, 11, 28, 10, 15, 0, 0, ZoneOffset.UTC);
  private static final long NO_LIMIT = Long.MAX_VALUE;

  private ModelRateDatabase database;
  private ModelRateWindowSql.Database db;

  abstract ModelRateDatabase newDatabase();

  @BeforeEach
  void open() {
    database = newDatabase();
    db = database.connect();
  }

  @AfterEach
  void close() throws SQLException {
    database.close();
  }

  @Test
  void countsCallsUntilTheRequestLimitThenRefusesForRequests() {
    for (int i = 0; i < 3; i++) {
      assertThat(ModelRateWindowSql.count(db, MINUTE, 100, 3, NO_LIMIT))
          .isEqualTo(ModelRateOutcome.COUNTED);
    }

    assertThat(ModelRateWindowSql.count(db, MINUTE, 100, 3, NO_LIMIT))
        .isEqualTo(ModelRateOutcome.REQUESTS);
    assertThat(counts(MINUTE)).containsExactly(3L, 300L);
  }

  @Test
  void refusesACallWhoseEstimateDoesNotFitInTheTokensLeftButTakesOneThatDoes() {
    assertThat(ModelRateWindowSql.count(db, MINUTE, 700, 500, 1_000))
        .isEqualTo(ModelRateOutcome.COUNTED);

    assertThat(ModelRateWindowSql.count(db, MINUTE, 301, 500, 1_000))
        .isEqualTo(ModelRateOutcome.TOKENS);
    assertThat(ModelRateWindowSql.count(db, MINUTE, 300, 500, 1_000))
        .isEqualTo(ModelRateOutcome.COUNTED);
    assertThat(counts(MINUTE)).containsExactly(2L, 1_000L);
  }

  @Test
  void eachMinuteCountsOnItsOwn() {
    ModelRateWindowSql.count(db, MINUTE, 10, 1, NO_LIMIT);

    assertThat(ModelRateWindowSql.count(db, MINUTE, 10, 1, NO_LIMIT))
        .isEqualTo(ModelRateOutcome.REQUESTS);
    assertThat(ModelRateWindowSql.count(db, MINUTE.plusMinutes(1), 10, 1, NO_LIMIT))
        .isEqualTo(ModelRateOutcome.COUNTED);
  }

  @Test
  void aCorrectionReplacesTheEstimateAndNeverGoesBelowZero() {
    ModelRateWindowSql.count(db, MINUTE, 3_000, 10, NO_LIMIT);
    ModelRateWindowSql.count(db, MINUTE, 3_000, 10, NO_LIMIT);

    ModelRateWindowSql.correct(db, MINUTE, -1_800);
    assertThat(counts(MINUTE)).containsExactly(2L, 4_200L);
    ModelRateWindowSql.correct(db, MINUTE, 250);
    assertThat(counts(MINUTE)).containsExactly(2L, 4_450L);
    ModelRateWindowSql.correct(db, MINUTE, -10_000);
    assertThat(counts(MINUTE)).containsExactly(2L, 0L);
  }

  @Test
  void oldWindowsAreDeletedAndTheCurrentOneKept() {
    ModelRateWindowSql.count(db, MINUTE.minusMinutes(61), 1, 10, NO_LIMIT);
    ModelRateWindowSql.count(db, MINUTE, 1, 10, NO_LIMIT);

    assertThat(ModelRateWindowSql.deleteBefore(db, MINUTE.minusMinutes(60))).isEqualTo(1);
    assertThat(counts(MINUTE)).containsExactly(1L, 1L);
  }

  @Test
  void instancesCountingAtOnceNeverPassTheLimitsTogether() throws Exception {
    int instances = 8;
    int callsEach = 15;
    long requestLimit = 50;
    List<ModelRateWindowSql.Database> connections = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      connections.add(database.connect());
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      List<Future<Integer>> counted = new ArrayList<>();
      for (ModelRateWindowSql.Database connection : connections) {
        Callable<Integer> burst =
            () -> {
              start.await();
              int mine = 0;
              for (int c = 0; c < callsEach; c++) {
                if (ModelRateWindowSql.count(connection, MINUTE, 40, requestLimit, 1_800)
                    == ModelRateOutcome.COUNTED) {
                  mine++;
                }
              }
              return mine;
            };
        counted.add(pool.submit(burst));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> each : counted) {
        total += each.get(60, TimeUnit.SECONDS);
      }

      // 120 calls of 40 tokens: the token limit (1,800) stops them at 45, below 50 requests.
      assertThat(total).isEqualTo(45);
      assertThat(counts(MINUTE)).containsExactly(45L, 1_800L);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentFirstCallsOfAWindowAreAllCounted() throws Exception {
    int instances = 6;
    List<ModelRateWindowSql.Database> connections = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      connections.add(database.connect());
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      List<Future<ModelRateOutcome>> outcomes = new ArrayList<>();
      for (ModelRateWindowSql.Database connection : connections) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  return ModelRateWindowSql.count(connection, MINUTE, 1, 100, NO_LIMIT);
                }));
      }
      start.countDown();
      for (Future<ModelRateOutcome> outcome : outcomes) {
        assertThat(outcome.get(60, TimeUnit.SECONDS)).isEqualTo(ModelRateOutcome.COUNTED);
      }
      assertThat(counts(MINUTE)).containsExactly((long) instances, (long) instances);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Long> counts(OffsetDateTime window) {
    List<Object[]> rows = db.query(ModelRateWindowSql.READ, window);
    assertThat(rows).hasSize(1);
    return List.of(((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue());
  }
}
