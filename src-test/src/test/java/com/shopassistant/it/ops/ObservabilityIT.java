package com.shopassistant.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.assistant.ServerMetrics;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What operations sees of the running service: the request log line of a chat request in the
 * server's JSON messages.log, and the metrics at {@code /metrics} moving when a request, a Gemini
 * error or a fallback happens. The test server names the project {@code it-project} and reads the
 * active conversations every 2 s (src-test/pom.xml).
 *
 * <p>Ordered: the fallback test makes a Gemini call time out, which the earlier tests must not see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityIT {

  private static final String FLASH = "gemini-2.5-flash";
  private static final String GENERATE = "com.shopassistant.assistant.gemini.GeminiCalls.generate";
  private static final Duration WAIT = Duration.ofSeconds(15);

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages();
  }

  @ArquillianResource URL baseUrl;

  @Test
  @Order(1)
  void aChatRequestWritesOneLineWithTheSeedFieldsAndNeverTheMessageText() throws Exception {
    String secret = "ask-" + UUID.randomUUID();
    String replySecret = "answer-" + UUID.randomUUID();
    GEMINI.fake().enqueue(FakeReply.text("Here you are: " + replySecret));
    ApiSession customer = ApiSession.guest(baseUrl);
    String trace = randomTraceId();

    HttpResponse<String> answer =
        chat(
            customer, "api/v1/chat", "traceparent", "00-" + trace + "-b7ad6b7169203331-01", secret);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject body = HttpClients.json(answer);
    JsonObject usage = body.getJsonObject("usage");
    ServerLog log = ServerLog.ofTestServer();
    JsonObject line = log.await(record -> hasTrace(record, trace), WAIT, "with trace " + trace);
    assertThat(line.getString("severity")).isEqualTo("INFO");
    assertThat(line.getString("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:.+");
    assertThat(line.getString("service")).isEqualTo("shop-assistant");
    assertThat(line.getString("logging.googleapis.com/trace"))
        .isEqualTo("projects/it-project/traces/" + trace);
    assertThat(line.getString("user_id")).isEqualTo(String.valueOf(customer.customerId()));
    assertThat(line.getString("session_id")).isEqualTo(body.getString("conversationId"));
    assertThat(line.getString("endpoint")).isEqualTo("/api/v1/chat");
    assertThat(line.getString("method")).isEqualTo("POST");
    assertThat(line.getInt("status")).isEqualTo(200);
    assertThat(line.getJsonNumber("latency_ms").longValue()).isNotNegative();
    assertThat(usage.getInt("input")).isPositive();
    assertThat(line.getJsonNumber("gemini_tokens_input").longValue())
        .isEqualTo(usage.getInt("input"));
    assertThat(line.getJsonNumber("gemini_tokens_output").longValue())
        .isEqualTo(usage.getInt("output"));
    String everything = log.text();
    assertThat(everything)
        .as("the customer's message, the model's reply and the access token are never logged")
        .doesNotContain(secret)
        .doesNotContain(replySecret)
        .doesNotContain(customer.accessToken());
  }

  @Test
  @Order(2)
  void aStreamedChatIsLoggedOnceWhenItsStreamEndsWithTheTurnsTokens() throws Exception {
    ApiSession customer = ApiSession.guest(baseUrl);
    String trace = randomTraceId();

    HttpResponse<String> answer =
        chat(customer, "api/v1/chat/stream", "X-Cloud-Trace-Context", trace + "/42;o=1", "hello");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("event: done");
    ServerLog log = ServerLog.ofTestServer();
    JsonObject line = log.await(record -> hasTrace(record, trace), WAIT, "with trace " + trace);
    assertThat(line.getString("endpoint")).isEqualTo("/api/v1/chat/stream");
    assertThat(line.getInt("status")).isEqualTo(200);
    assertThat(line.getString("session_id")).isNotBlank();
    assertThat(line.getJsonNumber("gemini_tokens_input").longValue()).isPositive();
    Thread.sleep(1000);
    assertThat(log.records().stream().filter(record -> hasTrace(record, trace)))
        .as("one line per request")
        .hasSize(1);
  }

  @Test
  @Order(3)
  void aRequestMovesItsRouteTimerAndErrorsAreCountedByRouteAndStatus() throws Exception {
    ServerMetrics before = ServerMetrics.read(baseUrl);

    HttpResponse<String> missing = HttpClients.get(app("api/v1/products/no-such-product-" + 1));

    assertThat(missing.statusCode()).isEqualTo(404);
    String route = awaitRoute("/api/v1/products/{idOrCode}");
    ServerMetrics after =
        awaitGrowth(
            before,
            "http_server_request_duration_seconds_count",
            "http_route",
            route,
            "http_response_status_code",
            "404");
    assertThat(after.toString())
        .as("the p95 of the route, and histogram buckets to take it over all instances")
        .containsPattern(
            "http_server_request_duration_seconds\\{[^}]*http_route=\""
                + quoted(route)
                + "\"[^}]*quantile=\"0.95\"")
        .containsPattern(
            "http_server_request_duration_seconds_bucket\\{[^}]*http_route=\""
                + quoted(route)
                + "\"[^}]*le=\"0.5\"");
    assertThat(after.since(before, "connectionpool_usedConnections_total"))
        .as("the request took a pooled connection")
        .isPositive();
    assertThat(after.sum("connectionpool_managedConnections", "datasource", "jdbc_shopPostgres"))
        .isPositive();
  }

  @Test
  @Order(3)
  void aRequestTheContainerRefusesBeforeTheApiIsCountedByStatus() throws Exception {
    ServerMetrics before = ServerMetrics.read(baseUrl);

    HttpResponse<String> refused = HttpClients.get(app("api/v1/me"));

    assertThat(refused.statusCode()).isEqualTo(401);
    awaitGrowth(before, "http_container_refusals_total", "status", "401");
  }

  @Test
  @Order(4)
  void activeConversationsCountsAConversationJustUsed() throws Exception {
    ServerMetrics before = ServerMetrics.read(baseUrl);

    HttpResponse<String> answer = chat(ApiSession.guest(baseUrl), "api/v1/chat", null, null, "hi");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    awaitGrowth(before, "assistant_conversations_active");
  }

  @Test
  @Order(5)
  void aGeminiErrorIsCountedByModelAndOutcomeAndTheCallsAreTimed() throws Exception {
    GEMINI.fake().enqueue(FakeReply.error(503), FakeReply.text("Back after a 503."));
    ServerMetrics before = ServerMetrics.read(baseUrl);

    HttpResponse<String> answer =
        chat(ApiSession.guest(baseUrl), "api/v1/chat", null, null, "hello again");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "gemini_calls_total", "model", FLASH, "outcome", "server_error"))
        .isEqualTo(1);
    assertThat(after.since(before, "gemini_calls_total", "model", FLASH, "outcome", "ok"))
        .isEqualTo(1);
    assertThat(
            after.since(
                before, "gemini_call_seconds_count", "model", FLASH, "outcome", "server_error"))
        .isEqualTo(1);
    assertThat(after.since(before, "gemini_call_seconds_count", "model", FLASH, "outcome", "ok"))
        .isEqualTo(1);
    assertThat(after.sum("gemini_call_seconds_bucket", "model", FLASH, "le", "+Inf"))
        .isEqualTo(after.sum("gemini_call_seconds_count", "model", FLASH));
    assertThat(
            after.since(
                before,
                "ft_circuitbreaker_state_total_nanoseconds",
                "method",
                GENERATE,
                "state",
                "closed"))
        .as("the circuit breaker's state is exported, and it stayed closed")
        .isPositive();
  }

  @Test
  @Order(6)
  void aFallbackIsCountedByModelsAndCause() throws Exception {
    GeminiFake fake = GEMINI.fake();
    fake.enqueue(FakeReply.hang());
    ServerMetrics before = ServerMetrics.read(baseUrl);

    HttpResponse<String> answer =
        chat(ApiSession.guest(baseUrl), "api/v1/chat", null, null, "hello, anyone?");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(HttpClients.json(answer).getJsonObject("usage").getString("model"))
        .isEqualTo("offline");
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "gemini_calls_total", "model", FLASH, "outcome", "timeout"))
        .isEqualTo(1);
    assertThat(
            after.since(
                before,
                "assistant_fallbacks_total",
                "from",
                FLASH,
                "to",
                "offline",
                "cause",
                "timeout"))
        .isEqualTo(1);
  }

  /** A chat request as the customer, with one extra header (a trace header) unless it is null. */
  private HttpResponse<String> chat(
      ApiSession customer, String path, String header, String value, String message)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(HttpClients.under(baseUrl, path)))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + customer.accessToken())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"" + message + "\"}"));
    if (header != null) {
      request.header(header, value);
    }
    return HttpClients.send(request.build());
  }

  /** The route label Liberty gives a template (it may carry the test's context root). */
  private String awaitRoute(String template) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    do {
      java.util.regex.Matcher route =
          java.util.regex.Pattern.compile("http_route=\"([^\"]*" + quoted(template) + ")\"")
              .matcher(ServerMetrics.read(baseUrl).toString());
      if (route.find()) {
        return route.group(1);
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no http_route ending in " + template + " within " + WAIT);
  }

  /**
   * Reads {@code /metrics} until the named series grew since {@code before}; fails after {@link
   * #WAIT}. Liberty counts a request once its response is written, a moment after the client has
   * it; the gauge of active conversations follows the database every 2 s.
   */
  private ServerMetrics awaitGrowth(ServerMetrics before, String name, String... labels)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    do {
      ServerMetrics now = ServerMetrics.read(baseUrl);
      if (now.since(before, name, labels) >= 1) {
        return now;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(name + " did not grow within " + WAIT);
  }

  private String app(String path) {
    return HttpClients.under(baseUrl, path);
  }

  private static boolean hasTrace(JsonObject record, String trace) {
    return trace.equals(record.getString("trace_id", null));
  }

  private static String quoted(String text) {
    return java.util.regex.Pattern.quote(text);
  }

  private static String randomTraceId() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
