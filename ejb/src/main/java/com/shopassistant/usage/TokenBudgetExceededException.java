package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import jakarta.ejb.ApplicationException;
import java.time.OffsetDateTime;

/** A model call refused before it was made: the customer's tier budget cannot cover it. */
@ApplicationException(rollback = true)
public class TokenBudgetExceededException extends Exception {

  private static final long serialVersionUID = 1L;

  private final BudgetPeriod period;
  private final CustomerTier tier;
  private final long limit;
  private final long remaining;
  private final OffsetDateTime resetsAt;

  public TokenBudgetExceededException(
      BudgetPeriod period, CustomerTier tier, long limit, long remaining, OffsetDateTime resetsAt) {
    super(
        "The "
            + (period == BudgetPeriod.DAY ? "daily" : "monthly")
            + " token budget of the "
            + tier.name().toLowerCase(java.util.Locale.ROOT)
            + " tier is used up");
    this.period = period;
    this.tier = tier;
    this.limit = limit;
    this.remaining = remaining;
    this.resetsAt = resetsAt;
  }

  public BudgetPeriod period() {
    return period;
  }

  /** {@code daily_limit_exceeded} or {@code monthly_limit_exceeded}. */
  public String reason() {
    return period.refusalReason();
  }

  public CustomerTier tier() {
    return tier;
  }

  public long limit() {
    return limit;
  }

  public long remaining() {
    return remaining;
  }

  public OffsetDateTime resetsAt() {
    return resetsAt;
  }
}
