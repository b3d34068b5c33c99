package com.shopassistant.it.usage;

import static com.shopassistant.it.usage.UsageReportsIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.assistant.ServerMetrics;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin side on the real server: today's alert state and its gauges, the tier change with its
 * refusals, and that customers cannot call any of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUsageIT {

  private static final String PROBLEM = "urn:shop-assistant:problem:";

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(AdminUsageIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void aDayAboveSeventyFiveDollarsAlertsAndAFreeCustomerPastFortyThousandTokensIsListed()
      throws Exception {
    ApiSession admin = ApiSession.admin(baseUrl);
    ApiSession heavy = ApiSession.register(baseUrl, "alert-secret-1");
    JsonObject quiet = alerts(admin);
    assertThat(quiet.getBoolean("costAlert")).as(quiet.toString()).isFalse();

    UsageLedger.plant(
        heavy.customerId(), Instant.now(), "gemini-2.5-pro", "FREE", 45_000, 0, 0, "80.00");
    JsonObject alerts = alerts(admin);

    assertThat(alerts.getBoolean("costAlert")).isTrue();
    assertThat(alerts.getJsonNumber("dailyCostThresholdUsd").bigDecimalValue())
        .isEqualByComparingTo("75");
    assertThat(UsageReportsIT.cost(alerts.getJsonObject("today")))
        .isGreaterThanOrEqualTo(new BigDecimal("80"));
    assertThat(alerts.getJsonNumber("customersOverWarning").longValue()).isPositive();
    List<JsonObject> customers = alerts.getJsonArray("customers").getValuesAs(JsonObject.class);
    JsonObject listed =
        customers.stream()
            .filter(c -> c.getJsonNumber("customerId").longValue() == heavy.customerId())
            .findFirst()
            .orElseThrow(() -> new AssertionError("not listed: " + customers));
    assertThat(listed.getString("tier")).isEqualTo("free");
    assertThat(listed.getString("period")).isEqualTo("day");
    assertThat(listed.getJsonNumber("used").longValue()).isEqualTo(45_000);
    assertThat(listed.getJsonNumber("limit").longValue()).isEqualTo(50_000);
    assertThat(listed.getJsonNumber("share").bigDecimalValue()).isEqualByComparingTo("0.9");
    // the gauges show the state the alert endpoint just read, without a query of their own
    ServerMetrics metrics = ServerMetrics.read(baseUrl);
    assertThat(metrics.sum("usage_daily_cost_alert")).isEqualTo(1);
    assertThat(metrics.sum("usage_daily_cost_usd")).isGreaterThanOrEqualTo(80);
    assertThat(metrics.sum("usage_customers_over_warning")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theGaugesFollowTheStateAnotherInstanceSharedWithoutReadingTheLedgerThemselves()
      throws Exception {
    // another instance holds the claim for a minute: this one takes the shared row as it is
    UsageLedger.shareAlertState(
        LocalDate.now(ZoneId.of("Asia/Jakarta")), "12.5", 777, Instant.now().plusSeconds(60));

    ServerMetrics metrics = ServerMetrics.read(baseUrl);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (metrics.sum("usage_customers_over_warning") != 777 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      metrics = ServerMetrics.read(baseUrl);
    }

    assertThat(metrics.sum("usage_customers_over_warning"))
        .as("the shared state within 30 s (refresh every 5 s in tests)")
        .isEqualTo(777);
    assertThat(metrics.sum("usage_daily_cost_usd")).isEqualTo(12.5);
    assertThat(metrics.sum("usage_daily_cost_alert")).isZero();
  }

  @Test
  void aFreeCustomerPutOnPremiumHasPremiumsLimitAndTheNextCallIsMeteredAsPremium()
      throws Exception {
    ApiSession customer = ApiSession.register(baseUrl, "tier-secret-1");

    HttpResponse<String> changed = putTier(ApiSession.admin(baseUrl), customer, "premium");

    JsonObject change = HttpClients.json(ok(changed));
    assertThat(change.getJsonNumber("customerId").longValue()).isEqualTo(customer.customerId());
    assertThat(change.getString("tier")).isEqualTo("premium");
    assertThat(change.getString("previousTier")).isEqualTo("free");
    JsonObject me = HttpClients.json(ok(customer.get("api/v1/usage/me")));
    assertThat(me.getString("tier")).isEqualTo("premium");
    assertThat(me.getJsonObject("today").getJsonNumber("limit").longValue()).isEqualTo(200_000);
    assertThat(me.getJsonObject("month").getJsonNumber("limit").longValue()).isEqualTo(3_000_000);
    GEMINI.fake().defaultReply(FakeReply.text("Hello!"));
    ok(customer.post("api/v1/chat", "{\"message\":\"hello\"}"));
    assertThat(UsageLedger.lastTier(customer.customerId())).isEqualTo("PREMIUM");
  }

  @Test
  void aRegisteredCustomerCannotBecomeAGuestAndKeepsTheirTier() throws Exception {
    ApiSession customer = ApiSession.register(baseUrl, "tier-secret-2");

    HttpResponse<String> refused = putTier(ApiSession.admin(baseUrl), customer, "GUEST");

    assertProblem(refused, 409, "tier-change-refused");
    assertThat(HttpClients.json(refused).getString("detail")).contains("guest");
    JsonObject me = HttpClients.json(ok(customer.get("api/v1/usage/me")));
    assertThat(me.getString("tier")).isEqualTo("free");
  }

  @Test
  void anUnknownTierIsValidationFailedAndAnUnknownCustomerNotFound() throws Exception {
    ApiSession admin = ApiSession.admin(baseUrl);
    ApiSession customer = ApiSession.guest(baseUrl);

    HttpResponse<String> gold = putTier(admin, customer, "GOLD");
    HttpResponse<String> none = admin.put("api/v1/admin/customers/999999999/tier", tier("FREE"));

    assertProblem(gold, 400, "validation-failed");
    assertThat(HttpClients.json(gold).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("tier");
    assertProblem(none, 404, "customer-not-found");
  }

  @Test
  void aCustomerGets403FromEveryAdminUsageEndpointAndNoTokenGets401() throws Exception {
    ApiSession customer = ApiSession.register(baseUrl, "tier-secret-3");

    assertProblem(customer.get("api/v1/admin/usage?groupBy=user"), 403, "forbidden");
    assertProblem(customer.get("api/v1/admin/usage/alerts"), 403, "forbidden");
    assertProblem(putTier(customer, customer, "ENTERPRISE"), 403, "forbidden");
    assertThat(HttpClients.json(ok(customer.get("api/v1/usage/me"))).getString("tier"))
        .isEqualTo("free");
    assertThat(HttpClients.get(HttpClients.under(baseUrl, "api/v1/admin/usage")).statusCode())
        .isEqualTo(401);
  }

  private static JsonObject alerts(ApiSession admin) throws Exception {
    return HttpClients.json(ok(admin.get("api/v1/admin/usage/alerts")));
  }

  private static HttpResponse<String> putTier(ApiSession caller, ApiSession customer, String tier)
      throws Exception {
    return caller.put("api/v1/admin/customers/" + customer.customerId() + "/tier", tier(tier));
  }

  private static String tier(String tier) {
    return "{\"tier\":\"" + tier + "\"}";
  }

  private static void assertProblem(HttpResponse<String> answer, int status, String type) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(HttpClients.json(answer).getString("type")).isEqualTo(PROBLEM + type);
  }
}
