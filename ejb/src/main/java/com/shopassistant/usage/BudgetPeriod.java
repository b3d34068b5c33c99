package com.shopassistant.usage;

/** The two periods a tier's budget counts over. */
public enum BudgetPeriod {
  DAY("daily_limit_exceeded"),
  MONTH("monthly_limit_exceeded");

  private final String refusalReason;

  BudgetPeriod(String refusalReason) {
    this.refusalReason = refusalReason;
  }

  /** The stable reason a refusal gives (seed: daily_limit_exceeded, monthly_limit_exceeded). */
  public String refusalReason() {
    return refusalReason;
  }
}
