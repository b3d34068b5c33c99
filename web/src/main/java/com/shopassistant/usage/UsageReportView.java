package com.shopassistant.usage;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/admin/usage}: the range, its grouping, one row per group and the totals. */
@JsonbPropertyOrder({"from", "to", "groupBy", "timeZone", "rows", "totals", "truncated"})
public record UsageReportView(
    LocalDate from,
    LocalDate to,
    String groupBy,
    String timeZone,
    List<UsageRowView> rows,
    UsageRowView totals,
    boolean truncated) {

  static UsageReportView of(UsageReport report) {
    return new UsageReportView(
        report.request().from(),
        report.request().to(),
        report.request().groupBy().label(),
        report.zone().getId(),
        report.rows().stream().map(UsageRowView::of).toList(),
        UsageRowView.of(report.totals()),
        report.truncated());
  }
}
