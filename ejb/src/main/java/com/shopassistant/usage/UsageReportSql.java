package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ledger's aggregates behind the usage reports, in SQL that PostgreSQL and H2 (PostgreSQL mode)
 * both run, over half-open ranges of time {@code [from, until)}: the database adds the rows up, so
 * a month of ledger is never read into memory row by row. A day of the store's zone is such a range
 * (its boundaries computed in Java, {@link UsagePeriods}), which keeps time zones out of the SQL;
 * every range is served by the index on {@code occurred_at} (or {@code customer_id, occurred_at}).
 */
final class UsageReportSql {

  /** Calls, input, output, cached, total tokens and cost of the rows of {@code u}. */
  static final String TOTALS =
      "count(*), sum(u.input_tokens), sum(u.output_tokens), sum(u.cached_tokens),"
          + " sum(u.total_tokens), sum(u.cost_usd)";

  static final String RANGE =
      "select " + TOTALS + " from token_usage u where u.occurred_at >= ?1 and u.occurred_at < ?2";

  static final String CUSTOMER_RANGE =
      "select "
          + TOTALS
          + " from token_usage u"
          + " where u.customer_id = ?1 and u.occurred_at >= ?2 and u.occurred_at < ?3";

  static final String CUSTOMER_BY_MODEL =
      "select u.model, "
          + TOTALS
          + " from token_usage u"
          + " where u.customer_id = ?1 and u.occurred_at >= ?2 and u.occurred_at < ?3"
          + " group by u.model order by u.model";

  static final String BY_MODEL =
      "select u.model, "
          + TOTALS
          + " from token_usage u where u.occurred_at >= ?1 and u.occurred_at < ?2"
          + " group by u.model order by u.model";

  static final String BY_TIER =
      "select u.tier, "
          + TOTALS
          + " from token_usage u where u.occurred_at >= ?1 and u.occurred_at < ?2"
          + " group by u.tier";

  /** The customers who cost most first; at most {@code ?3} of them. */
  static final String BY_CUSTOMER =
      "select u.customer_id, c.handle, c.email, "
          + TOTALS
          + " from token_usage u join customer c on c.id = u.customer_id"
          + " where u.occurred_at >= ?1 and u.occurred_at < ?2"
          + " group by u.customer_id, c.handle, c.email"
          + " order by sum(u.cost_usd) desc, u.customer_id limit ?3";

  private UsageReportSql() {}

  static UsageTotals totals(NativeSql db, OffsetDateTime from, OffsetDateTime until) {
    return UsageTotals.of(db.query(RANGE, from, until).get(0), 0);
  }

  static UsageTotals customerTotals(
      NativeSql db, long customerId, OffsetDateTime from, OffsetDateTime until) {
    return UsageTotals.of(db.query(CUSTOMER_RANGE, customerId, from, until).get(0), 0);
  }

  static List<UsageReportRow> customerByModel(
      NativeSql db, long customerId, OffsetDateTime from, OffsetDateTime until) {
    return byModel(db.query(CUSTOMER_BY_MODEL, customerId, from, until));
  }

  static List<UsageReportRow> byModel(NativeSql db, OffsetDateTime from, OffsetDateTime until) {
    return byModel(db.query(BY_MODEL, from, until));
  }

  /** In the tiers' order, guest first. */
  static List<UsageReportRow> byTier(NativeSql db, OffsetDateTime from, OffsetDateTime until) {
    List<UsageReportRow> rows = new ArrayList<>();
    for (Object[] row : db.query(BY_TIER, from, until)) {
      rows.add(
          UsageReportRow.ofTier(CustomerTier.valueOf(row[0].toString()), UsageTotals.of(row, 1)));
    }
    rows.sort(Comparator.comparing(UsageReportRow::tier));
    return rows;
  }

  static List<UsageReportRow> byCustomer(
      NativeSql db, OffsetDateTime from, OffsetDateTime until, int limit) {
    List<UsageReportRow> rows = new ArrayList<>();
    for (Object[] row : db.query(BY_CUSTOMER, from, until, limit)) {
      rows.add(
          UsageReportRow.ofCustomer(
              UsageTotals.whole(row[0]), (String) row[1], (String) row[2], UsageTotals.of(row, 3)));
    }
    return rows;
  }

  private static List<UsageReportRow> byModel(List<Object[]> result) {
    List<UsageReportRow> rows = new ArrayList<>();
    for (Object[] row : result) {
      rows.add(UsageReportRow.ofModel((String) row[0], UsageTotals.of(row, 1)));
    }
    return rows;
  }
}
