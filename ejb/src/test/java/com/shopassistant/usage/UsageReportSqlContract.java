package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.customer.CustomerTier;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the report statements must add up to on every database the application runs on: days of
 * Jakarta cut at its midnight (17:00 UTC), groups by model, tier and customer, and totals.
 */
abstract class UsageReportSqlContract {

  private static final UsagePeriods JAKARTA = new UsagePeriods("Asia/Jakarta");
  private static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

  private ModelRateDatabase database;
  private NativeSql db;
  private long alice;
  private long guest;

  abstract ModelRateDatabase newDatabase();

  @BeforeEach
  void plant() {
    database = newDatabase();
    db = database.connect();
    alice = LedgerFixture.customer(db, "alice", "alice@example.com", CustomerTier.FREE);
    guest = LedgerFixture.customer(db, "guest-b", null, CustomerTier.GUEST);
    // 23:59 on 31 October in Jakarta, then 00:01 on 1 November: two minutes, two days, two months
    LedgerFixture.call(
        db,
        alice,
        utc("2026-10-31T16:59:00"),
        "gemini-2.5-flash",
        "FREE",
        1000,
        200,
        400,
        "0.00025");
    LedgerFixture.call(
        db, alice, utc("2026-10-31T17:01:00"), "gemini-2.5-pro", "FREE", 2000, 100, 0, "0.0035");
    LedgerFixture.call(
        db, guest, utc("2026-11-01T05:00:00"), "gemini-2.5-flash", "GUEST", 500, 50, 0, "0.000105");
    // alice again, upgraded since: the ledger keeps the tier of each call
    LedgerFixture.call(
        db,
        alice,
        utc("2026-11-01T11:00:00"),
        "gemini-2.5-flash",
        "PREMIUM",
        300,
        30,
        0,
        "0.000063");
    // 00:00 on 2 November in Jakarta: the day after the range
    LedgerFixture.call(
        db, guest, utc("2026-11-01T17:00:00"), "gemini-2.5-flash", "GUEST", 9, 9, 0, "1");
  }

  @AfterEach
  void close() throws SQLException {
    database.close();
  }

  @Test
  void callsAMinuteEitherSideOfJakartaMidnightLandOnTheirOwnDays() {
    List<ReportDay> days = ReportDay.between(JAKARTA, OCT_31, NOV_1);

    UsageTotals october = UsageReportSql.totals(db, days.get(0).start(), days.get(0).end());
    UsageTotals november = UsageReportSql.totals(db, days.get(1).start(), days.get(1).end());

    assertThat(october)
        .isEqualTo(new UsageTotals(1, 1000, 200, 400, 1200, new BigDecimal("0.00025")));
    assertThat(november)
        .isEqualTo(new UsageTotals(3, 2800, 180, 0, 2980, new BigDecimal("0.003668")));
  }

  @Test
  void theRangesTotalsAreTheSumOfItsDaysAndLeaveTheNextDayOut() {
    List<ReportDay> days = ReportDay.between(JAKARTA, OCT_31, NOV_1);

    UsageTotals range = UsageReportSql.totals(db, days.get(0).start(), days.get(1).end());

    assertThat(range)
        .isEqualTo(new UsageTotals(4, 3800, 380, 400, 4180, new BigDecimal("0.003918")));
    assertThat(range.costUsd().scale()).isEqualTo(8);
  }

  @Test
  void aRangeWithoutCallsIsAllZero() {
    ReportDay day = ReportDay.of(JAKARTA, LocalDate.of(2026, 12, 25));

    assertThat(UsageReportSql.totals(db, day.start(), day.end())).isEqualTo(UsageTotals.NONE);
  }

  @Test
  void byModelAddsUpEachModelInNameOrder() {
    List<UsageReportRow> rows = UsageReportSql.byModel(db, start(OCT_31), end(NOV_1));

    assertThat(rows)
        .containsExactly(
            UsageReportRow.ofModel(
                "gemini-2.5-flash",
                new UsageTotals(3, 1800, 280, 400, 2080, new BigDecimal("0.000418"))),
            UsageReportRow.ofModel(
                "gemini-2.5-pro",
                new UsageTotals(1, 2000, 100, 0, 2100, new BigDecimal("0.0035"))));
  }

  @Test
  void byTierUsesTheTierOfEachCallGuestFirst() {
    List<UsageReportRow> rows = UsageReportSql.byTier(db, start(OCT_31), end(NOV_1));

    assertThat(rows)
        .extracting(UsageReportRow::tier)
        .containsExactly(CustomerTier.GUEST, CustomerTier.FREE, CustomerTier.PREMIUM);
    assertThat(rows.get(1).totals())
        .isEqualTo(new UsageTotals(2, 3000, 300, 400, 3300, new BigDecimal("0.00375")));
  }

  @Test
  void byCustomerListsTheMostCostlyFirstUpToTheLimit() {
    List<UsageReportRow> all = UsageReportSql.byCustomer(db, start(OCT_31), end(NOV_1), 10);
    List<UsageReportRow> one = UsageReportSql.byCustomer(db, start(OCT_31), end(NOV_1), 1);

    assertThat(all)
        .containsExactly(
            UsageReportRow.ofCustomer(
                alice,
                "alice",
                "alice@example.com",
                new UsageTotals(3, 3300, 330, 400, 3630, new BigDecimal("0.003813"))),
            UsageReportRow.ofCustomer(
                guest,
                "guest-b",
                null,
                new UsageTotals(1, 500, 50, 0, 550, new BigDecimal("0.000105"))));
    assertThat(one).extracting(UsageReportRow::customerId).containsExactly(alice);
  }

  @Test
  void aCustomersOwnTotalsAndModelsLeaveOthersOut() {
    UsageTotals mine = UsageReportSql.customerTotals(db, guest, start(OCT_31), end(NOV_1));
    List<UsageReportRow> models =
        UsageReportSql.customerByModel(db, alice, start(NOV_1), end(NOV_1));

    assertThat(mine).isEqualTo(new UsageTotals(1, 500, 50, 0, 550, new BigDecimal("0.000105")));
    assertThat(models)
        .extracting(UsageReportRow::model)
        .containsExactly("gemini-2.5-flash", "gemini-2.5-pro");
  }

  private static OffsetDateTime start(LocalDate day) {
    return ReportDay.of(JAKARTA, day).start();
  }

  private static OffsetDateTime end(LocalDate day) {
    return ReportDay.of(JAKARTA, day).end();
  }

  static OffsetDateTime utc(String localUtc) {
    return java.time.LocalDateTime.parse(localUtc).atOffset(ZoneOffset.UTC);
  }
}
