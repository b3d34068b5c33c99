package com.shopassistant.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a set of ledger rows adds up to: model calls, tokens (input includes cached) and cost in
 * USD, exact to the ledger's 8 decimals.
 */
public record UsageTotals(
    long calls, long input, long output, long cached, long total, BigDecimal costUsd) {

  public static final UsageTotals NONE = new UsageTotals(0, 0, 0, 0, 0, BigDecimal.ZERO);

  public UsageTotals {
    costUsd = (costUsd == null ? BigDecimal.ZERO : costUsd).setScale(ModelPrice.COST_SCALE);
  }

  /**
   * The six aggregate columns of {@link UsageReportSql#TOTALS} read from {@code row} from column
   * {@code first} on; a database answers a sum over no rows with null, read as zero.
   */
  static UsageTotals of(Object[] row, int first) {
    return new UsageTotals(
        whole(row[first]),
        whole(row[first + 1]),
        whole(row[first + 2]),
        whole(row[first + 3]),
        whole(row[first + 4]),
        decimal(row[first + 5]));
  }

  public UsageTotals plus(UsageTotals other) {
    return new UsageTotals(
        calls + other.calls,
        input + other.input,
        output + other.output,
        cached + other.cached,
        total + other.total,
        costUsd.add(other.costUsd));
  }

  static long whole(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact = value instanceof BigDecimal d ? d : new BigDecimal(value.toString().strip());
    // The column has 8 decimals, so a sum has no more; rounding never changes a value here.
    return exact.setScale(ModelPrice.COST_SCALE, RoundingMode.HALF_UP);
  }
}
