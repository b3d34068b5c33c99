package com.shopassistant.usage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Today's alert state, what the usage gauges show.
 *
 * @param day today in the store's zone
 * @param today the ledger's calls, tokens and cost today
 * @param dailyCostThresholdUsd {@code shop.usage.alert.daily-cost-usd} (the seed's $75)
 * @param customersOverWarning customers who used the assistant today and are past the warning share
 *     (80 %) of their tier's daily or monthly limit
 */
public record UsageAlertState(
    LocalDate day, UsageTotals today, BigDecimal dailyCostThresholdUsd, long customersOverWarning) {

  /** Whether today's cost is above the threshold (the seed: alert when daily cost > $75). */
  public boolean costAlert() {
    return today.costUsd().compareTo(dailyCostThresholdUsd) > 0;
  }
}
