package com.shopassistant.usage;

/**
 * Tokens set aside for one model call. {@code id} is null when nothing had to be set aside (an
 * unlimited tier); settle or release it either way.
 *
 * @param counted the call already counted in the global model limit, in the reservation's own
 *     transaction ({@link ModelRatePermit#NONE} when it was not: the gateway counts it then)
 */
public record BudgetReservation(String id, long tokens, ModelRatePermit counted) {

  public static final BudgetReservation NONE = new BudgetReservation(null, 0);

  public BudgetReservation {
    counted = counted == null ? ModelRatePermit.NONE : counted;
  }

  public BudgetReservation(String id, long tokens) {
    this(id, tokens, ModelRatePermit.NONE);
  }

  /**
   * The same reservation without its count in the global model limit: for a call that another model
   * answered (a fallback, counted on its own), so the count keeps the failed call's estimate.
   */
  public BudgetReservation withoutCount() {
    return new BudgetReservation(id, tokens, ModelRatePermit.NONE);
  }

  public boolean held() {
    return id != null;
  }
}
