package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A customer past the warning share of one of their tier's limits.
 *
 * @param email null for a guest
 * @param tier the customer's tier now, whose limits the budget enforces
 * @param period the day or the month of the store's zone
 * @param used tokens metered in that period
 * @param limit the tier's limit for the period
 * @param share used / limit, to 4 decimals (0.8312: 83.12 %)
 */
public record BudgetAlert(
    long customerId,
    String handle,
    String email,
    CustomerTier tier,
    BudgetPeriod period,
    long used,
    long limit,
    BigDecimal share) {

  static BudgetAlert of(Object[] row, CustomerTier tier, BudgetPeriod period, TokenLimit limit) {
    long used = UsageTotals.whole(row[3]);
    return new BudgetAlert(
        UsageTotals.whole(row[0]),
        (String) row[1],
        (String) row[2],
        tier,
        period,
        used,
        limit.tokens(),
        BigDecimal.valueOf(used)
            .divide(BigDecimal.valueOf(limit.tokens()), 4, RoundingMode.HALF_UP));
  }
}
