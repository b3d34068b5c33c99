package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the customers of one tier past the warning share of its daily or monthly limit, in SQL that
 * PostgreSQL and H2 (PostgreSQL mode) both run: the database sums each customer's tokens and keeps
 * those at or over the threshold, so only they are read. A customer's month is looked at only when
 * they used the assistant today (the alert is today's state); that keeps the month's scan to
 * today's customers, through the index on {@code customer_id, occurred_at}. The customer's current
 * tier counts, as it does for the budget.
 */
final class BudgetAlertSql {

  private static final String CUSTOMER_SUM =
      "select u.customer_id, c.handle, c.email, sum(u.total_tokens)"
          + " from token_usage u join customer c on c.id = u.customer_id";

  private static final String ACTIVE_SINCE =
      " and u.customer_id in (select t.customer_id from token_usage t where t.occurred_at >= ?3)";

  /** Tier ?1, day start ?2, threshold ?3, at most ?4 customers, the most used first. */
  static final String DAY_OVER =
      CUSTOMER_SUM
          + " where c.tier = ?1 and u.occurred_at >= ?2"
          + " group by u.customer_id, c.handle, c.email having sum(u.total_tokens) >= ?3"
          + " order by sum(u.total_tokens) desc, u.customer_id limit ?4";

  /** Tier ?1, month start ?2, day start ?3, threshold ?4, at most ?5 customers. */
  static final String MONTH_OVER =
      CUSTOMER_SUM
          + " where c.tier = ?1 and u.occurred_at >= ?2"
          + ACTIVE_SINCE
          + " group by u.customer_id, c.handle, c.email having sum(u.total_tokens) >= ?4"
          + " order by sum(u.total_tokens) desc, u.customer_id limit ?5";

  /**
   * Tier ?1, month start ?2, day start ?3 and again ?4 (each parameter is bound once), daily
   * threshold ?5, monthly threshold ?6: how many customers are past either.
   */
  static final String COUNT_OVER =
      "select count(*) from (select u.customer_id from token_usage u"
          + " join customer c on c.id = u.customer_id"
          + " where c.tier = ?1 and u.occurred_at >= ?2"
          + ACTIVE_SINCE
          + " group by u.customer_id"
          + " having sum(case when u.occurred_at >= ?4 then u.total_tokens else 0 end) >= ?5"
          + " or sum(u.total_tokens) >= ?6) over_warning";

  private BudgetAlertSql() {}

  /** The tier's customers past {@code share} of a limit: at most {@code max} per period. */
  static List<BudgetAlert> over(
      NativeSql db,
      CustomerTier tier,
      TierBudget budget,
      double share,
      OffsetDateTime dayStart,
      OffsetDateTime monthStart,
      int max) {
    List<BudgetAlert> alerts = new ArrayList<>();
    long daily = budget.daily().threshold(share);
    if (daily != Long.MAX_VALUE) {
      for (Object[] row : db.query(DAY_OVER, tier.name(), dayStart, daily, max)) {
        alerts.add(BudgetAlert.of(row, tier, BudgetPeriod.DAY, budget.daily()));
      }
    }
    long monthly = budget.monthly().threshold(share);
    if (monthly != Long.MAX_VALUE) {
      for (Object[] row : db.query(MONTH_OVER, tier.name(), monthStart, dayStart, monthly, max)) {
        alerts.add(BudgetAlert.of(row, tier, BudgetPeriod.MONTH, budget.monthly()));
      }
    }
    return alerts;
  }

  /** How many of the tier's customers are past {@code share} of either limit. */
  static long countOver(
      NativeSql db,
      CustomerTier tier,
      TierBudget budget,
      double share,
      OffsetDateTime dayStart,
      OffsetDateTime monthStart) {
    long daily = budget.daily().threshold(share);
    long monthly = budget.monthly().threshold(share);
    if (daily == Long.MAX_VALUE && monthly == Long.MAX_VALUE) {
      return 0;
    }
    List<Object[]> rows =
        db.query(COUNT_OVER, tier.name(), monthStart, dayStart, dayStart, daily, monthly);
    return UsageTotals.whole(rows.get(0)[0]);
  }
}
