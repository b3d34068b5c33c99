package com.shopassistant.usage;

import static com.shopassistant.usage.UsageReportSqlContract.utc;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.customer.CustomerTier;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who is past 80 % of a limit on 20 November 2026 in Jakarta, on every database the application
 * runs on. Free: 50,000 a day (warning from 40,000), 500,000 a month (from 400,000); guest: 10,000
 * a day (from 8,000).
 */
abstract class BudgetAlertSqlContract {

  private static final OffsetDateTime DAY = utc("2026-11-19T17:00:00");
  private static final OffsetDateTime MONTH = utc("2026-10-31T17:00:00");
  private static final TierBudgets BUDGETS =
      TierBudgets.of(
          Map.of(
              CustomerTier.GUEST, new TierBudget(TokenLimit.of(10_000), TokenLimit.UNLIMITED),
              CustomerTier.FREE, new TierBudget(TokenLimit.of(50_000), TokenLimit.of(500_000))),
          0.8);

  private ModelRateDatabase database;
  private NativeSql db;
  private long pastTheDay;
  private long pastTheMonth;
  private long guestAtTheShare;

  abstract ModelRateDatabase newDatabase();

  @BeforeEach
  void plant() {
    database = newDatabase();
    db = database.connect();
    pastTheDay = LedgerFixture.customer(db, "day", "day@example.com", CustomerTier.FREE);
    LedgerFixture.tokens(db, pastTheDay, DAY.minusMinutes(1), "FREE", 30_000); // yesterday
    LedgerFixture.tokens(db, pastTheDay, DAY.plusHours(3), "FREE", 41_000);
    pastTheMonth = LedgerFixture.customer(db, "month", "month@example.com", CustomerTier.FREE);
    LedgerFixture.tokens(db, pastTheMonth, MONTH.plusDays(4), "FREE", 390_000);
    LedgerFixture.tokens(db, pastTheMonth, DAY.plusHours(1), "FREE", 15_000);
    long idleToday = LedgerFixture.customer(db, "idle", "idle@example.com", CustomerTier.FREE);
    LedgerFixture.tokens(db, idleToday, MONTH.plusDays(2), "FREE", 450_000);
    guestAtTheShare = LedgerFixture.customer(db, "guest-at", null, CustomerTier.GUEST);
    LedgerFixture.tokens(db, guestAtTheShare, DAY.plusHours(2), "GUEST", 8_000);
    long guestBelow = LedgerFixture.customer(db, "guest-below", null, CustomerTier.GUEST);
    LedgerFixture.tokens(db, guestBelow, DAY.plusHours(2), "GUEST", 7_999);
    // upgraded today: its calls were made as a guest, the free tier's limits apply now
    long upgraded = LedgerFixture.customer(db, "upgraded", "up@example.com", CustomerTier.FREE);
    LedgerFixture.tokens(db, upgraded, DAY.plusHours(1), "GUEST", 9_000);
  }

  @AfterEach
  void close() throws SQLException {
    database.close();
  }

  @Test
  void theFreeTierListsTheDayPastItsShareAndTheMonthOfACustomerActiveToday() {
    List<BudgetAlert> alerts = over(CustomerTier.FREE, 10);

    assertThat(alerts)
        .containsExactly(
            new BudgetAlert(
                pastTheDay,
                "day",
                "day@example.com",
                CustomerTier.FREE,
                BudgetPeriod.DAY,
                41_000,
                50_000,
                new BigDecimal("0.8200")),
            new BudgetAlert(
                pastTheMonth,
                "month",
                "month@example.com",
                CustomerTier.FREE,
                BudgetPeriod.MONTH,
                405_000,
                500_000,
                new BigDecimal("0.8100")));
  }

  @Test
  void exactlyTheShareCountsAndOneTokenLessDoesNot() {
    assertThat(over(CustomerTier.GUEST, 10))
        .extracting(BudgetAlert::customerId, BudgetAlert::used)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(guestAtTheShare, 8_000L));
  }

  @Test
  void theCountCoversEveryTierByItsLimitsNow() {
    assertThat(count(BUDGETS)).as("2 free, 1 guest").isEqualTo(3);
  }

  @Test
  void theCountOfTiersWithoutAMonthlyLimitLooksAtTodayOnly() {
    TierBudgets dailyOnly =
        TierBudgets.of(
            Map.of(
                CustomerTier.GUEST, new TierBudget(TokenLimit.of(10_000), TokenLimit.UNLIMITED),
                CustomerTier.FREE, new TierBudget(TokenLimit.of(50_000), TokenLimit.UNLIMITED)),
            0.8);

    assertThat(count(dailyOnly)).as("the free customer past the day, the guest").isEqualTo(2);
    assertThat(count(TierBudgets.of(Map.of(), 0.8))).as("all unlimited").isZero();
  }

  @Test
  void aCustomerPastBothLimitsIsCountedOnce() {
    LedgerFixture.tokens(db, pastTheMonth, DAY.plusHours(4), "FREE", 30_000); // 45,000 today

    assertThat(over(CustomerTier.FREE, 10))
        .extracting(BudgetAlert::customerId, BudgetAlert::period)
        .contains(
            org.assertj.core.groups.Tuple.tuple(pastTheMonth, BudgetPeriod.DAY),
            org.assertj.core.groups.Tuple.tuple(pastTheMonth, BudgetPeriod.MONTH));
    assertThat(count(BUDGETS)).isEqualTo(3);
  }

  @Test
  void eachListStopsAtItsLimitTheMostUsedFirst() {
    long heavier = LedgerFixture.customer(db, "heavier", "h@example.com", CustomerTier.FREE);
    LedgerFixture.tokens(db, heavier, DAY.plusHours(5), "FREE", 49_000);

    assertThat(over(CustomerTier.FREE, 1))
        .extracting(BudgetAlert::customerId)
        .containsExactly(heavier, pastTheMonth);
  }

  private List<BudgetAlert> over(CustomerTier tier, int max) {
    return BudgetAlertSql.over(db, tier, BUDGETS.of(tier), 0.8, DAY, MONTH, max);
  }

  private long count(TierBudgets budgets) {
    return BudgetAlertSql.countOver(db, budgets, 0.8, DAY, MONTH);
  }
}
