package com.shopassistant.usage;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/admin/usage/alerts}: today's cost against its threshold, and the customers
 * past the warning share of a limit.
 */
@JsonbPropertyOrder({
  "day",
  "timeZone",
  "today",
  "dailyCostThresholdUsd",
  "costAlert",
  "warningShare",
  "customersOverWarning",
  "customers",
  "truncated"
})
public record UsageAlertsView(
    LocalDate day,
    String timeZone,
    UsageRowView today,
    BigDecimal dailyCostThresholdUsd,
    boolean costAlert,
    double warningShare,
    long customersOverWarning,
    List<Customer> customers,
    boolean truncated) {

  /** A customer past the warning share of their daily ({@code day}) or monthly limit. */
  @JsonbPropertyOrder({"customerId", "handle", "email", "tier", "period", "used", "limit", "share"})
  public record Customer(
      long customerId,
      String handle,
      String email,
      String tier,
      String period,
      long used,
      long limit,
      BigDecimal share) {

    static Customer of(BudgetAlert alert) {
      return new Customer(
          alert.customerId(),
          alert.handle(),
          alert.email(),
          alert.tier().name().toLowerCase(Locale.ROOT),
          alert.period().name().toLowerCase(Locale.ROOT),
          alert.used(),
          alert.limit(),
          alert.share());
    }
  }

  static UsageAlertsView of(UsageAlerts alerts) {
    UsageAlertState state = alerts.state();
    return new UsageAlertsView(
        state.day(),
        alerts.zone().getId(),
        UsageRowView.of(state.today()),
        state.dailyCostThresholdUsd(),
        state.costAlert(),
        alerts.warningShare(),
        state.customersOverWarning(),
        alerts.customers().stream().map(Customer::of).toList(),
        alerts.truncated());
  }
}
