package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import java.time.OffsetDateTime;

/**
 * Where a customer stands against their tier's budget: tokens used (metered calls) and reserved
 * (calls in flight) today and this month of the store's time zone.
 *
 * @param warning true from the warning share (80 %) of either limit on
 */
public record BudgetStatus(
    CustomerTier tier,
    TokenLimit dailyLimit,
    long usedToday,
    OffsetDateTime dayResetsAt,
    TokenLimit monthlyLimit,
    long usedThisMonth,
    OffsetDateTime monthResetsAt,
    long reserved,
    boolean warning) {

  public long remainingToday() {
    return dailyLimit.remaining(usedToday + reserved);
  }

  public long remainingThisMonth() {
    return monthlyLimit.remaining(usedThisMonth + reserved);
  }

  /** The budget a refusal of {@code tokens} more would name, or null when they fit. */
  BudgetPeriod exceededBy(long tokens) {
    if (!dailyLimit.unlimited() && usedToday + reserved + tokens > dailyLimit.tokens()) {
      return BudgetPeriod.DAY;
    }
    if (!monthlyLimit.unlimited() && usedThisMonth + reserved + tokens > monthlyLimit.tokens()) {
      return BudgetPeriod.MONTH;
    }
    return null;
  }

  /** The tokens still available in the tighter of the two budgets. */
  long available() {
    return Math.min(remainingToday(), remainingThisMonth());
  }
}
