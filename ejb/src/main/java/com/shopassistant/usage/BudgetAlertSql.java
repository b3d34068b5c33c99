package com.shopassistant.usage;

import static java.util.stream.Collectors.joining;

import com.shopassistant.customer.CustomerTier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

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

  /**
   * How many customers are past {@code share} of a limit of their tier, all tiers in one scan of
   * the ledger: the month's when a tier has a monthly limit, else only today's.
   */
  static long countOver(
      NativeSql db,
      TierBudgets budgets,
      double share,
      OffsetDateTime dayStart,
      OffsetDateTime monthStart) {
    List<CustomerTier> limited =
        Arrays.stream(CustomerTier.values()).filter(t -> !budgets.of(t).unlimited()).toList();
    if (limited.isEmpty()) {
      return 0;
    }
    boolean monthly = limited.stream().anyMatch(t -> !budgets.of(t).monthly().unlimited());
    List<Object> parameters =
        new ArrayList<>(List.of(monthly ? monthStart : dayStart, dayStart, dayStart));
    String dayCase = thresholds(limited, t -> budgets.of(t).daily().threshold(share), parameters);
    String monthCase =
        thresholds(limited, t -> budgets.of(t).monthly().threshold(share), parameters);
    // Tier names come from the enum, never from a request: safe to write into the statement.
    String tiers = limited.stream().map(t -> "'" + t.name() + "'").collect(joining(", "));
    String sql =
        "select count(*) from (select u.customer_id from token_usage u"
            + " join customer c on c.id = u.customer_id"
            + (" where u.occurred_at >= ?1 and c.tier in (" + tiers + ")")
            + " and u.customer_id in"
            + " (select t.customer_id from token_usage t where t.occurred_at >= ?2)"
            + " group by u.customer_id, c.tier"
            + " having sum(case when u.occurred_at >= ?3 then u.total_tokens else 0 end) >= "
            + dayCase
            + (" or sum(u.total_tokens) >= " + monthCase + ") over_warning");
    return UsageTotals.whole(db.query(sql, parameters.toArray()).get(0)[0]);
  }

  /**
   * {@code case c.tier when 'FREE' then ?n ... end}, each tier's threshold added as a parameter.
   */
  private static String thresholds(
      List<CustomerTier> tiers, ToLongFunction<CustomerTier> threshold, List<Object> parameters) {
    StringBuilder sql = new StringBuilder("case c.tier");
    for (CustomerTier tier : tiers) {
      parameters.add(threshold.applyAsLong(tier));
      sql.append(" when '").append(tier.name()).append("' then ?").append(parameters.size());
    }
    return sql.append(" end").toString();
  }
}
