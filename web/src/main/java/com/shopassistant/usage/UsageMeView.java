package com.shopassistant.usage;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/usage/me}: the caller's tier, today and this month of the store's zone, and
 * this month by model.
 */
@JsonbPropertyOrder({"tier", "timeZone", "today", "month", "byModel"})
public record UsageMeView(
    String tier, String timeZone, Period today, Period month, List<UsageRowView> byModel) {

  /**
   * One budget period: {@code period} names it ({@code 2026-11-28}, {@code 2026-11}); {@code limit}
   * and {@code remaining} are absent when the tier has no limit for it; {@code remaining} is the
   * limit less the tokens metered (calls still in flight are not deducted); {@code warning} from 80
   * % of the limit on.
   */
  @JsonbPropertyOrder({
    "period",
    "calls",
    "input",
    "output",
    "cached",
    "total",
    "costUsd",
    "limit",
    "remaining",
    "resetsAt",
    "warning"
  })
  public record Period(
      String period,
      long calls,
      long input,
      long output,
      long cached,
      long total,
      BigDecimal costUsd,
      Long limit,
      Long remaining,
      OffsetDateTime resetsAt,
      boolean warning) {

    static Period of(String period, PeriodUsage usage) {
      UsageTotals t = usage.totals();
      boolean limited = !usage.limit().unlimited();
      return new Period(
          period,
          t.calls(),
          t.input(),
          t.output(),
          t.cached(),
          t.total(),
          UsageRowView.usd(t.costUsd()),
          limited ? usage.limit().tokens() : null,
          limited ? usage.remaining() : null,
          usage.resetsAt().withOffsetSameInstant(ZoneOffset.UTC),
          usage.warning());
    }
  }

  static UsageMeView of(UsageOverview overview) {
    return new UsageMeView(
        overview.tier().name().toLowerCase(Locale.ROOT),
        overview.zone().getId(),
        Period.of(overview.day().toString(), overview.today()),
        Period.of(overview.day().toString().substring(0, 7), overview.month()),
        overview.byModel().stream().map(UsageRowView::of).toList());
  }
}
