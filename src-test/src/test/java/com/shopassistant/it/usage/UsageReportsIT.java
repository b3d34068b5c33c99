package com.shopassistant.it.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopassistant.it.assistant.ServerMetrics;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.FakeTokens;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.gemini.RecordedRequest;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * A customer's own usage after chats with the Gemini fake, its cost at the seed's prices worked out
 * here from the fake's token counts, and the cost metric the ledger feeds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsageReportsIT {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final String FLASH = "gemini-2.5-flash";
  private static final String PRO = "gemini-2.5-pro";

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(UsageReportsIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  /** One turn's single model call as the chat answer reports it. */
  private record Call(String model, int input, int output, int cached) {

    static Call of(JsonObject answer) {
      JsonObject usage = answer.getJsonObject("usage");
      assertThat(usage.getInt("modelCalls")).isEqualTo(1);
      return new Call(
          usage.getString("model"),
          usage.getInt("input"),
          usage.getInt("output"),
          usage.getInt("cached"));
    }

    int total() {
      return input + output;
    }

    /** Seed prices per million tokens; the ledger keeps 8 decimals, rounded half up. */
    BigDecimal cost() {
      boolean pro = PRO.equals(model);
      BigDecimal perMillion =
          new BigDecimal(pro ? "1.25" : "0.15")
              .multiply(BigDecimal.valueOf(input - cached))
              .add(new BigDecimal(pro ? "0.3125" : "0.0375").multiply(BigDecimal.valueOf(cached)))
              .add(new BigDecimal(pro ? "10.00" : "0.60").multiply(BigDecimal.valueOf(output)));
      return perMillion.movePointLeft(6).setScale(8, RoundingMode.HALF_UP);
    }
  }

  @Test
  void myUsageAddsUpMyCallsAtTheSeedsPricesTodayThisMonthAndByModel() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    ServerMetrics before = ServerMetrics.read(baseUrl);
    String flashText = "Hello! What are you looking for today?";
    String proText = "The blue lamp is brighter; the black one is cheaper.";
    GEMINI.fake().enqueue(FakeReply.text(flashText), FakeReply.text(proText));

    Call flash = Call.of(say(guest, "hello"));
    Call pro = Call.of(say(guest, "compare the blue and the black lamp"));

    List<RecordedRequest> calls = GEMINI.fake().modelCalls();
    assertThat(calls).hasSize(2);
    assertThat(flash.model()).isEqualTo(FLASH);
    assertThat(pro.model()).isEqualTo(PRO);
    assertThat(flash.input() - flash.cached()).isEqualTo(FakeTokens.ofPrompt(calls.get(0).body()));
    assertThat(pro.input() - pro.cached()).isEqualTo(FakeTokens.ofPrompt(calls.get(1).body()));
    assertThat(flash.output()).isEqualTo(FakeTokens.of(textParts(flashText)));
    assertThat(pro.output()).isEqualTo(FakeTokens.of(textParts(proText)));

    JsonObject me = HttpClients.json(ok(guest.get("api/v1/usage/me")));

    assertThat(me.getString("tier")).isEqualTo("guest");
    assertThat(me.getString("timeZone")).isEqualTo("Asia/Jakarta");
    long total = flash.total() + pro.total();
    for (String period : List.of("today", "month")) {
      JsonObject p = me.getJsonObject(period);
      assertThat(p.getInt("calls")).as(period).isEqualTo(2);
      assertThat(p.getInt("input")).as(period).isEqualTo(flash.input() + pro.input());
      assertThat(p.getInt("output")).as(period).isEqualTo(flash.output() + pro.output());
      assertThat(p.getInt("cached")).as(period).isEqualTo(flash.cached() + pro.cached());
      assertThat(p.getJsonNumber("total").longValue()).as(period).isEqualTo(total);
      assertThat(cost(p)).as(period).isEqualTo(shown(flash.cost().add(pro.cost())));
      assertThat(p.getBoolean("warning")).as(period).isFalse();
    }
    JsonObject today = me.getJsonObject("today");
    assertThat(today.getString("period")).isEqualTo(LocalDate.now(JAKARTA).toString());
    assertThat(today.getJsonNumber("limit").longValue()).isEqualTo(10_000);
    assertThat(today.getJsonNumber("remaining").longValue()).isEqualTo(10_000 - total);
    assertThat(OffsetDateTime.parse(today.getString("resetsAt")).toInstant())
        .isEqualTo(LocalDate.now(JAKARTA).plusDays(1).atStartOfDay(JAKARTA).toInstant());
    assertThat(me.getJsonObject("month").containsKey("limit"))
        .as("a guest has no monthly limit")
        .isFalse();
    JsonArray byModel = me.getJsonArray("byModel");
    assertThat(byModel).hasSize(2);
    assertModelRow(byModel.getJsonObject(0), flash);
    assertModelRow(byModel.getJsonObject(1), pro);

    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "gemini_cost_usd_total", "model", FLASH))
        .isCloseTo(flash.cost().doubleValue(), within(1e-9));
    assertThat(after.since(before, "gemini_cost_usd_total", "model", PRO))
        .isCloseTo(pro.cost().doubleValue(), within(1e-9));
  }

  @Test
  void withoutATokenMyUsageIs401() throws Exception {
    HttpResponse<String> answer = HttpClients.get(HttpClients.under(baseUrl, "api/v1/usage/me"));

    assertThat(answer.statusCode()).isEqualTo(401);
  }

  private static void assertModelRow(JsonObject row, Call call) {
    assertThat(row.getString("model")).isEqualTo(call.model());
    assertThat(row.getInt("calls")).isEqualTo(1);
    assertThat(row.getInt("input")).isEqualTo(call.input());
    assertThat(row.getInt("output")).isEqualTo(call.output());
    assertThat(row.getInt("cached")).isEqualTo(call.cached());
    assertThat(row.getInt("total")).isEqualTo(call.total());
    assertThat(cost(row)).isEqualTo(shown(call.cost()));
  }

  private static JsonArray textParts(String text) {
    return Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", text)).build();
  }

  private static JsonObject say(ApiSession session, String message) throws Exception {
    String body = Json.createObjectBuilder().add("message", message).build().toString();
    return HttpClients.json(ok(session.post("api/v1/chat", body)));
  }

  static HttpResponse<String> ok(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  /** The cost as the API shows it: the JSON number's own text, so its scale counts. */
  static BigDecimal cost(JsonObject json) {
    return json.getJsonNumber("costUsd").bigDecimalValue();
  }

  static BigDecimal shown(BigDecimal exact) {
    return exact.setScale(6, RoundingMode.HALF_UP);
  }
}
