package com.shopassistant.usage;

import java.time.ZoneId;
import java.util.List;

/**
 * Today's alert state with the customers behind it.
 *
 * @param warningShare the share of a limit from which a customer is listed (0.8)
 * @param customers the customers past it, the highest share first; a customer past both limits is
 *     listed once per period
 * @param truncated true when more customers are past it than listed
 */
public record UsageAlerts(
    UsageAlertState state,
    ZoneId zone,
    double warningShare,
    List<BudgetAlert> customers,
    boolean truncated) {

  public UsageAlerts {
    customers = List.copyOf(customers);
  }
}
