package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A customer's own usage: today and this month of the store's zone against their tier's limits, and
 * this month by model.
 *
 * @param day today's date in the store's zone (its month is the month shown)
 */
public record UsageOverview(
    CustomerTier tier,
    ZoneId zone,
    LocalDate day,
    PeriodUsage today,
    PeriodUsage month,
    List<UsageReportRow> byModel) {

  public UsageOverview {
    byModel = List.copyOf(byModel);
  }
}
