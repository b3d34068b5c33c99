package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.customer.CustomerTier;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage views as JSON: plain costs with 6 decimals, lower-case tiers, absent keys. */
class UsageViewsJsonTest {

  private static final OffsetDateTime JAKARTA_MIDNIGHT =
      OffsetDateTime.parse("2026-11-29T00:00:00+07:00");

  @Test
  void noUsageIsAPlainZeroCostNotAnExponent() throws Exception {
    UsageRowView none = UsageRowView.of(UsageTotals.NONE);

    assertThat(json(none))
        .isEqualTo(
            "{\"calls\":0,\"input\":0,\"output\":0,\"cached\":0,\"total\":0,\"costUsd\":0.000000}");
  }

  @Test
  void costsAreRoundedHalfUpToAMillionthOfADollar() {
    assertThat(UsageRowView.usd(new BigDecimal("0.00000050"))).isEqualTo("0.000001");
    assertThat(UsageRowView.usd(new BigDecimal("0.00000049"))).isEqualTo("0.000000");
    assertThat(UsageRowView.usd(new BigDecimal("12.34567890"))).isEqualTo("12.345679");
  }

  @Test
  void aRowShowsOnlyTheKeyOfItsGrouping() throws Exception {
    UsageTotals totals = new UsageTotals(2, 300, 40, 100, 340, new BigDecimal("0.00004125"));

    String day = json(UsageRowView.of(UsageReportRow.ofDay(LocalDate.of(2026, 11, 1), totals)));
    String tier = json(UsageRowView.of(UsageReportRow.ofTier(CustomerTier.PREMIUM, totals)));
    String guest = json(UsageRowView.of(UsageReportRow.ofCustomer(7, "guest-7", null, totals)));

    assertThat(day).startsWith("{\"day\":\"2026-11-01\",\"calls\":2,").contains("0.000041");
    assertThat(tier).startsWith("{\"tier\":\"premium\",\"calls\":2,");
    assertThat(guest).startsWith("{\"customerId\":7,\"handle\":\"guest-7\",\"calls\":2,");
  }

  @Test
  void anUnlimitedPeriodHasNoLimitAndNoRemainingAndResetsAtIsUtc() throws Exception {
    UsageTotals today = new UsageTotals(1, 9_000, 100, 0, 9_100, new BigDecimal("0.00141"));
    UsageOverview overview =
        new UsageOverview(
            CustomerTier.GUEST,
            ZoneId.of("Asia/Jakarta"),
            LocalDate.of(2026, 11, 28),
            new PeriodUsage(today, TokenLimit.of(10_000), JAKARTA_MIDNIGHT, true),
            new PeriodUsage(today, TokenLimit.UNLIMITED, JAKARTA_MIDNIGHT.plusDays(2), false),
            List.of(UsageReportRow.ofModel("gemini-2.5-flash", today)));

    String json = json(UsageMeView.of(overview));

    assertThat(json)
        .startsWith("{\"tier\":\"guest\",\"timeZone\":\"Asia/Jakarta\",\"today\":{")
        .contains("\"period\":\"2026-11-28\"")
        .contains("\"limit\":10000,\"remaining\":900,\"resetsAt\":\"2026-11-28T17:00:00Z\"")
        .contains("\"warning\":true")
        .contains(
            "\"month\":{\"period\":\"2026-11\",\"calls\":1,\"input\":9000,\"output\":100,"
                + "\"cached\":0,\"total\":9100,\"costUsd\":0.001410,"
                + "\"resetsAt\":\"2026-11-30T17:00:00Z\",\"warning\":false}")
        .contains("\"byModel\":[{\"model\":\"gemini-2.5-flash\"");
  }

  private static String json(Object view) throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(view);
    }
  }
}
