package com.shopassistant.it.usage;

import static com.shopassistant.it.usage.UsageReportsIT.cost;
import static com.shopassistant.it.usage.UsageReportsIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin report on the real server, by each grouping. Each test plants calls of two fresh
 * customers around a month's end of 2025 in Jakarta (no other test writes that year), so every
 * number is exact: 23:59 on the last day and 00:01 on the first are two days apart in the report,
 * and a call at 00:00 the day after the range is left out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUsageReportIT {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(AdminUsageReportIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  /** Two customers' calls around the end of {@code lastDay}'s month. */
  private record Planted(long first, long second, LocalDate lastDay) {

    LocalDate nextDay() {
      return lastDay.plusDays(1);
    }
  }

  private Planted plant(LocalDate lastDay) throws Exception {
    long first = ApiSession.register(baseUrl, "report-secret-1").customerId();
    long second = ApiSession.register(baseUrl, "report-secret-2").customerId();
    LocalDate next = lastDay.plusDays(1);
    UsageLedger.plant(
        first, at(lastDay, 23, 59), "gemini-2.5-flash", "FREE", 1000, 200, 400, "0.00025");
    UsageLedger.plant(first, at(next, 0, 1), "gemini-2.5-pro", "FREE", 2000, 100, 0, "0.0035");
    UsageLedger.plant(
        second, at(next, 12, 0), "gemini-2.5-flash", "PREMIUM", 500, 50, 0, "0.000105");
    UsageLedger.plant(
        second, at(next.plusDays(1), 0, 0), "gemini-2.5-flash", "PREMIUM", 9, 9, 0, "1");
    return new Planted(first, second, lastDay);
  }

  @Test
  void byDayTheCallsAMinuteEitherSideOfMidnightAreOnTwoDays() throws Exception {
    Planted planted = plant(LocalDate.of(2025, 3, 31));

    JsonObject report = report(planted, "day");

    JsonArray rows = report.getJsonArray("rows");
    assertThat(rows).hasSize(2);
    assertRow(rows.getJsonObject(0), 1, 1000, 200, 400, 1200, "0.000250");
    assertThat(rows.getJsonObject(0).getString("day")).isEqualTo("2025-03-31");
    assertRow(rows.getJsonObject(1), 2, 2500, 150, 0, 2650, "0.003605");
    assertThat(rows.getJsonObject(1).getString("day")).isEqualTo("2025-04-01");
    assertTotals(report);
    assertThat(report.getString("groupBy")).isEqualTo("day");
    assertThat(report.getString("timeZone")).isEqualTo("Asia/Jakarta");
  }

  @Test
  void byUserTheMostCostlyCustomerComesFirstWithEmail() throws Exception {
    Planted planted = plant(LocalDate.of(2025, 5, 31));

    JsonObject report = report(planted, "user");

    JsonArray rows = report.getJsonArray("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.getJsonObject(0).getJsonNumber("customerId").longValue())
        .isEqualTo(planted.first());
    assertThat(rows.getJsonObject(0).getString("email")).startsWith("it-").endsWith("@example.com");
    assertRow(rows.getJsonObject(0), 2, 3000, 300, 400, 3300, "0.003750");
    assertThat(rows.getJsonObject(1).getJsonNumber("customerId").longValue())
        .isEqualTo(planted.second());
    assertRow(rows.getJsonObject(1), 1, 500, 50, 0, 550, "0.000105");
    assertThat(report.getBoolean("truncated")).isFalse();
    assertTotals(report);
  }

  @Test
  void byModelEachModelIsAddedUp() throws Exception {
    Planted planted = plant(LocalDate.of(2025, 6, 30));

    JsonObject report = report(planted, "model");

    JsonArray rows = report.getJsonArray("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.getJsonObject(0).getString("model")).isEqualTo("gemini-2.5-flash");
    assertRow(rows.getJsonObject(0), 2, 1500, 250, 400, 1750, "0.000355");
    assertThat(rows.getJsonObject(1).getString("model")).isEqualTo("gemini-2.5-pro");
    assertRow(rows.getJsonObject(1), 1, 2000, 100, 0, 2100, "0.003500");
    assertTotals(report);
  }

  @Test
  void byTierEachCallCountsForTheTierItWasMadeOn() throws Exception {
    Planted planted = plant(LocalDate.of(2025, 8, 31));

    JsonObject report = report(planted, "tier");

    JsonArray rows = report.getJsonArray("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.getJsonObject(0).getString("tier")).isEqualTo("free");
    assertRow(rows.getJsonObject(0), 2, 3000, 300, 400, 3300, "0.003750");
    assertThat(rows.getJsonObject(1).getString("tier")).isEqualTo("premium");
    assertRow(rows.getJsonObject(1), 1, 500, 50, 0, 550, "0.000105");
    assertTotals(report);
  }

  @Test
  void badParametersAreValidationFailedNamingEachOne() throws Exception {
    ApiSession admin = ApiSession.admin(baseUrl);

    HttpResponse<String> bad =
        admin.get("api/v1/admin/usage?from=yesterday&to=2026-13-01&groupBy=week");
    HttpResponse<String> tooLong = admin.get("api/v1/admin/usage?from=2024-01-01&to=2025-01-01");
    HttpResponse<String> backwards = admin.get("api/v1/admin/usage?from=2025-02-01&to=2025-01-31");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = HttpClients.json(bad);
    assertThat(problem.getString("type")).isEqualTo("urn:shop-assistant:problem:validation-failed");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .containsExactlyInAnyOrder("from", "to", "groupBy");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(HttpClients.json(tooLong).toString()).contains("at most 366 days");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(
            HttpClients.json(backwards).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("to");
  }

  @Test
  void withoutParametersTheReportIsThisMonthSoFarByDay() throws Exception {
    JsonObject report = HttpClients.json(ok(ApiSession.admin(baseUrl).get("api/v1/admin/usage")));

    LocalDate today = LocalDate.now(JAKARTA);
    assertThat(report.getString("from")).isEqualTo(today.withDayOfMonth(1).toString());
    assertThat(report.getString("to")).isEqualTo(today.toString());
    assertThat(report.getJsonArray("rows")).hasSize(today.getDayOfMonth());
  }

  private JsonObject report(Planted planted, String groupBy) throws Exception {
    return HttpClients.json(
        ok(
            ApiSession.admin(baseUrl)
                .get(
                    "api/v1/admin/usage?from="
                        + planted.lastDay()
                        + "&to="
                        + planted.nextDay()
                        + "&groupBy="
                        + groupBy)));
  }

  private static void assertTotals(JsonObject report) {
    assertRow(report.getJsonObject("totals"), 3, 3500, 350, 400, 3850, "0.003855");
  }

  private static void assertRow(
      JsonObject row, int calls, int input, int output, int cached, int total, String costUsd) {
    assertThat(row.getInt("calls")).as(row.toString()).isEqualTo(calls);
    assertThat(row.getInt("input")).as(row.toString()).isEqualTo(input);
    assertThat(row.getInt("output")).as(row.toString()).isEqualTo(output);
    assertThat(row.getInt("cached")).as(row.toString()).isEqualTo(cached);
    assertThat(row.getInt("total")).as(row.toString()).isEqualTo(total);
    assertThat(cost(row)).as(row.toString()).isEqualTo(new BigDecimal(costUsd));
  }

  private static java.time.Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(JAKARTA).toInstant();
  }
}
