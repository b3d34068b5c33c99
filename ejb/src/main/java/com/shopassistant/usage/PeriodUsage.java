package com.shopassistant.usage;

import java.time.OffsetDateTime;

/**
 * A customer's usage in one budget period (a day or a month of the store's zone).
 *
 * @param totals the ledger's calls, tokens and cost in the period
 * @param limit the tier's limit for the period, perhaps unlimited
 * @param resetsAt when the next period starts
 * @param warning whether the tokens reach the warning share (80 %) of the limit
 */
public record PeriodUsage(
    UsageTotals totals, TokenLimit limit, OffsetDateTime resetsAt, boolean warning) {

  static PeriodUsage of(
      UsageTotals totals, TokenLimit limit, OffsetDateTime resetsAt, double warningShare) {
    return new PeriodUsage(totals, limit, resetsAt, limit.reached(totals.total(), warningShare));
  }

  /**
   * Tokens left in the period by the ledger (calls in flight are not deducted); {@link
   * Long#MAX_VALUE} when unlimited.
   */
  public long remaining() {
    return limit.remaining(totals.total());
  }
}
