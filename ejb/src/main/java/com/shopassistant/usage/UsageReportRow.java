package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import java.time.LocalDate;

/**
 * One group of a usage report with its totals. Only the key of the report's grouping is set: the
 * store's {@code day}; the customer ({@code customerId}, {@code handle}, {@code email}: null for a
 * guest); the {@code model}; or the {@code tier} the calls were made on.
 */
public record UsageReportRow(
    LocalDate day,
    Long customerId,
    String handle,
    String email,
    String model,
    CustomerTier tier,
    UsageTotals totals) {

  static UsageReportRow ofDay(LocalDate day, UsageTotals totals) {
    return new UsageReportRow(day, null, null, null, null, null, totals);
  }

  static UsageReportRow ofCustomer(long id, String handle, String email, UsageTotals totals) {
    return new UsageReportRow(null, id, handle, email, null, null, totals);
  }

  static UsageReportRow ofModel(String model, UsageTotals totals) {
    return new UsageReportRow(null, null, null, null, model, null, totals);
  }

  static UsageReportRow ofTier(CustomerTier tier, UsageTotals totals) {
    return new UsageReportRow(null, null, null, null, null, tier, totals);
  }
}
