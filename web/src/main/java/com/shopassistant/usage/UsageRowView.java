package com.shopassistant.usage;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One group of a report, or a report's totals: its key (only the report's grouping is present) and
 * its calls, tokens (input includes cached) and cost.
 *
 * <p>Costs are exact in the ledger (8 decimals per call, summed exactly in SQL) and shown rounded
 * half up to 6 decimals (a millionth of a dollar): at that scale a JSON number is always written
 * plainly ({@code 0.000000}, never {@code 0E-8}). Totals are rounded from the exact total, so they
 * may differ from the sum of rounded rows by a few millionths.
 */
@JsonbPropertyOrder({
  "day",
  "customerId",
  "handle",
  "email",
  "model",
  "tier",
  "calls",
  "input",
  "output",
  "cached",
  "total",
  "costUsd"
})
public record UsageRowView(
    LocalDate day,
    Long customerId,
    String handle,
    String email,
    String model,
    String tier,
    long calls,
    long input,
    long output,
    long cached,
    long total,
    BigDecimal costUsd) {

  /** Decimals of the costs shown. */
  public static final int COST_DECIMALS = 6;

  static UsageRowView of(UsageReportRow row) {
    UsageTotals t = row.totals();
    return new UsageRowView(
        row.day(),
        row.customerId(),
        row.handle(),
        row.email(),
        row.model(),
        row.tier() == null ? null : row.tier().name().toLowerCase(Locale.ROOT),
        t.calls(),
        t.input(),
        t.output(),
        t.cached(),
        t.total(),
        usd(t.costUsd()));
  }

  static UsageRowView of(UsageTotals totals) {
    return of(new UsageReportRow(null, null, null, null, null, null, totals));
  }

  /** A cost as shown: 6 decimals, half up. */
  static BigDecimal usd(BigDecimal exact) {
    return exact.setScale(COST_DECIMALS, RoundingMode.HALF_UP);
  }
}
