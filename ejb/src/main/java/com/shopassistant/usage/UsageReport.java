package com.shopassistant.usage;

import java.time.ZoneId;
import java.util.List;

/**
 * An admin usage report.
 *
 * @param rows one per group: every day of the range in order; customers most costly first; models
 *     by name; tiers guest first
 * @param totals the whole range, all rows included even when {@code truncated}
 * @param truncated true when more customers used the assistant than the report lists
 */
public record UsageReport(
    UsageReportRequest request,
    ZoneId zone,
    List<UsageReportRow> rows,
    UsageTotals totals,
    boolean truncated) {

  public UsageReport {
    rows = List.copyOf(rows);
  }
}
