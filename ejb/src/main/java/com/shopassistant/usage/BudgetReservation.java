package com.shopassistant.usage;

/**
 * Tokens set aside for one model call. {@code id} is null when nothing had to be set aside (an
 * unlimited tier); settle or release it either way.
 */
public record BudgetReservation(String id, long tokens) {

  public static final BudgetReservation NONE = new BudgetReservation(null, 0);

  public boolean held() {
    return id != null;
  }
}
