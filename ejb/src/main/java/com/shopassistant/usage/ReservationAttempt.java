package com.shopassistant.usage;

/**
 * What {@link TokenBudgetService#tryReserve} gave: a reservation, or the refusal it would have
 * thrown (exactly one of the two is set).
 */
public record ReservationAttempt(
    BudgetReservation reservation, TokenBudgetExceededException refusal) {

  public static ReservationAttempt granted(BudgetReservation reservation) {
    return new ReservationAttempt(reservation, null);
  }

  public static ReservationAttempt refused(TokenBudgetExceededException refusal) {
    return new ReservationAttempt(null, refusal);
  }

  public boolean refused() {
    return refusal != null;
  }
}
