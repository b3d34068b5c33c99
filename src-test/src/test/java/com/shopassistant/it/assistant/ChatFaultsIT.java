package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.gemini.RecordedRequest;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
 * What a chat turn does when Gemini fails, end to end: the real SDK, gateway and Fault Tolerance
 * against the fake, read through the answer, the fake's log and {@code /metrics}. The test server
 * runs with a 3 s SDK timeout and a 3 s circuit delay (src-test/pom.xml); the tests that wait fail
 * with the production values (30 s each), so they also prove those settings take effect.
 *
 * <p>Ordered: the circuit test runs last, and waits for the circuit to close, so the deployment is
 * healthy again when it ends. The earlier tests fail 2 calls in all, too few to open it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatFaultsIT {

  private static final String FLASH = "gemini-2.5-flash";
  private static final String OFFLINE = "offline";
  private static final String GENERATE = "com.shopassistant.assistant.gemini.GeminiCalls.generate";

  /** GEMINI_TIMEOUT of the test server. */
  private static final Duration SDK_TIMEOUT = Duration.ofSeconds(3);

  /** The circuit breaker's delay on the test server. */
  private static final Duration CIRCUIT_DELAY = Duration.ofSeconds(3);

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(ChatFaultsIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  @Order(1)
  void aRateLimitedCallIsRetriedAndGeminiStillAnswers() throws Exception {
    GeminiFake fake = GEMINI.fake();
    fake.enqueue(FakeReply.error(429), FakeReply.text("Here I am, after a retry."));
    ServerMetrics before = ServerMetrics.read(baseUrl);

    JsonObject answer = ChatApi.guest(baseUrl).say(null, "hello, anything new today?");

    assertThat(answer.getString("reply")).isEqualTo("Here I am, after a retry.");
    assertThat(usage(answer).getString("model")).isEqualTo(FLASH);
    assertThat(usage(answer).getInt("modelCalls")).isEqualTo(1);
    List<RecordedRequest> calls = AnsweredCalls.of(fake);
    assertThat(calls).as("the one model call, tried twice").hasSize(2);
    assertThat(calls).extracting(RecordedRequest::model).containsOnly(FLASH);
    assertThat(calls.get(1).contents()).isEqualTo(calls.get(0).contents());
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "gemini_calls_total", "model", FLASH, "outcome", "rate_limited"))
        .isEqualTo(1);
    assertThat(after.since(before, "gemini_calls_total", "model", FLASH, "outcome", "ok"))
        .isEqualTo(1);
    assertThat(after.since(before, "assistant_fallbacks_total")).isZero();
  }

  @Test
  @Order(2)
  void aHangingCallTimesOutAndTheOfflineAssistantAnswersWithinSeconds() throws Exception {
    GeminiFake fake = GEMINI.fake();
    fake.enqueue(FakeReply.hang());
    ChatApi customer = ChatApi.guest(baseUrl);
    ServerMetrics before = ServerMetrics.read(baseUrl);

    long start = System.nanoTime();
    JsonObject answer = customer.say(null, "hello there");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(usage(answer).getString("model")).isEqualTo(OFFLINE);
    assertThat(answer.getString("reply")).isNotBlank();
    // It waited for the SDK's timeout, and not much longer (30 s in production would fail this).
    assertThat(took).isBetween(SDK_TIMEOUT, SDK_TIMEOUT.plusSeconds(7));
    assertThat(AnsweredCalls.of(fake)).as("a timeout is not retried").hasSize(1);
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
                OFFLINE,
                "cause",
                "timeout"))
        .isEqualTo(1);
  }

  @Test
  @Order(3)
  void a503StormOpensTheCircuitTheOfflineAssistantAnswersAtOnceAndTheCircuitClosesAgain()
      throws Exception {
    GeminiFake fake = GEMINI.fake();
    fake.defaultReply(FakeReply.error(503));
    ChatApi customer = ChatApi.guest(baseUrl);
    ServerMetrics before = ServerMetrics.read(baseUrl);

    int turns = turnsUntilTheCircuitOpens(customer, before);

    assertThat(turns).as("turns of three failed attempts until the circuit opened").isLessThan(6);
    long received = fake.received();
    long start = System.nanoTime();
    JsonObject whileOpen = customer.say(null, "are you there?");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(usage(whileOpen).getString("model")).isEqualTo(OFFLINE);
    assertThat(fake.received())
        .as("no call reaches Gemini while the circuit is open")
        .isEqualTo(received);
    // No attempts, no retry delays, no timeout: just the offline assistant.
    assertThat(took).isLessThan(Duration.ofMillis(2500));
    ServerMetrics open = ServerMetrics.read(baseUrl);
    assertThat(open.since(before, "gemini_calls_total", "model", FLASH, "outcome", "server_error"))
        .isGreaterThanOrEqualTo(3);
    assertThat(open.since(before, "gemini_calls_total", "model", FLASH, "outcome", "unavailable"))
        .isGreaterThanOrEqualTo(2);
    assertThat(fallbacks(open, before, "server_error")).isGreaterThanOrEqualTo(1);
    assertThat(fallbacks(open, before, "unavailable")).isGreaterThanOrEqualTo(2);
    assertThat(open.since(before, "ft_circuitbreaker_opened_total", "method", GENERATE))
        .isEqualTo(1);
    assertThat(
            open.since(
                before,
                "ft_circuitbreaker_calls_total",
                "method",
                GENERATE,
                "circuitBreakerResult",
                "circuitBreakerOpen"))
        .isGreaterThanOrEqualTo(2);

    fake.reset(); // Gemini is well again
    assertThat(secondsUntilGeminiAnswers(customer))
        .as("Gemini answers again once the circuit's delay has passed")
        .isLessThan(CIRCUIT_DELAY.toSeconds() + 10);
    // The circuit closes after two successes: the next turn is Gemini's too.
    assertThat(usage(customer.say(null, "hello once more")).getString("model")).isEqualTo(FLASH);
    ServerMetrics closed = ServerMetrics.read(baseUrl);
    assertThat(closed.since(open, "gemini_calls_total", "model", FLASH, "outcome", "ok"))
        .isGreaterThanOrEqualTo(2);
    assertThat(closed.since(open, "ft_circuitbreaker_opened_total", "method", GENERATE)).isZero();
    assertThat(
            closed.since(
                before,
                "ft_circuitbreaker_state_total_nanoseconds",
                "method",
                GENERATE,
                "state",
                "open"))
        .as("the circuit stayed open for its delay")
        .isGreaterThanOrEqualTo(CIRCUIT_DELAY.toNanos());
  }

  /** Chats (each turn a new conversation, so no summary call joins in) until the circuit opens. */
  private int turnsUntilTheCircuitOpens(ChatApi customer, ServerMetrics before) throws Exception {
    for (int turn = 1; turn <= 8; turn++) {
      JsonObject answer = customer.say(null, "hello, is the shop open?");
      assertThat(usage(answer).getString("model")).isEqualTo(OFFLINE);
      if (fallbacks(ServerMetrics.read(baseUrl), before, "unavailable") > 0) {
        return turn;
      }
    }
    throw new AssertionError("the circuit did not open within 8 turns of 503s");
  }

  /** Polls with new turns until Gemini writes the answer; fails after the delay and 10 s more. */
  private long secondsUntilGeminiAnswers(ChatApi customer) throws Exception {
    long start = System.nanoTime();
    Duration limit = CIRCUIT_DELAY.plusSeconds(10);
    while (Duration.ofNanos(System.nanoTime() - start).compareTo(limit) < 0) {
      JsonObject answer = customer.say(null, "hello, back again");
      if (FLASH.equals(usage(answer).getString("model"))) {
        return Duration.ofNanos(System.nanoTime() - start).toSeconds();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Gemini did not answer within " + limit + " of the fake recovering");
  }

  private static double fallbacks(ServerMetrics now, ServerMetrics before, String cause) {
    return now.since(
        before, "assistant_fallbacks_total", "from", FLASH, "to", OFFLINE, "cause", cause);
  }

  private static JsonObject usage(JsonObject answer) {
    return answer.getJsonObject("usage");
  }
}
