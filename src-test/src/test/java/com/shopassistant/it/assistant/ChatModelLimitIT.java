package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.gemini.RecordedRequest;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The global model limit on the real server and PostgreSQL, with limits small enough to reach: a
 * refused turn (503 problem, Retry-After, no model call, a well-formed conversation), the streamed
 * error event, the wait for the next window, the real tokens in the window, and concurrent bursts
 * that never pass the limit. Full windows are planted in the table; each test starts with none.
 *
 * <p>The limits come from a {@code microprofile-config.properties} of ordinal 500 in a library jar
 * added to this class's deployment only: it outranks the server's environment (300), so the other
 * test classes, deployed without it, keep the defaults (500 calls a minute, far above what they
 * make) and no server restart is needed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatModelLimitIT {

  private static final int RPM = 6;
  private static final int TPM = 200_000;
  private static final String TYPE = "urn:shop-assistant:problem:model-capacity-exceeded";

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = ShopDeployment.withTestPackages(ChatModelLimitIT.class.getPackage());
    return ear.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "model-limit-it-config.jar")
            .addAsManifestResource(
                new StringAsset(
                    "config_ordinal=500\n"
                        + "shop.usage.model-limit.requests-per-minute="
                        + RPM
                        + "\nshop.usage.model-limit.tokens-per-minute="
                        + TPM
                        + "\nshop.usage.model-limit.max-wait=PT2S\n"),
                "microprofile-config.properties"));
  }

  @ArquillianResource URL baseUrl;

  @BeforeEach
  @AfterEach
  void noWindows() throws Exception {
    ModelWindows.clear();
  }

  @Test
  void overTheLimitTheChatAnswers503WithRetryAfterAndTheModelIsNotCalled() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    plantFullWindows(RPM, 0);
    int callsBefore = GEMINI.fake().modelCalls().size();
    ServerMetrics before = ServerMetrics.read(baseUrl);

    HttpResponse<String> refused = chat.post(null, "find a lamp");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);
    JsonObject problem = HttpClients.json(refused);
    assertThat(problem.getString("type")).isEqualTo(TYPE);
    assertThat(problem.getInt("status")).isEqualTo(503);
    assertThat(problem.getJsonNumber("retryAfterSeconds").longValue()).isEqualTo(retryAfter);
    assertThat(problem.getString("reply")).contains("very busy");
    assertThat(GEMINI.fake().modelCalls()).as("no model call").hasSize(callsBefore);
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "model_rate_limit_rejections_total", "reason", "requests"))
        .isEqualTo(1);
    assertThat(after.since(before, "assistant_fallbacks_total")).as("no fallback").isZero();
    // The message and the polite answer are stored: the history still alternates.
    JsonObject conversation =
        HttpClients.json(chat.conversation(problem.getString("conversationId")));
    assertThat(conversation.getJsonArray("messages").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("role") + ": " + m.getString("text"))
        .containsExactly("user: find a lamp", "assistant: " + problem.getString("reply"));
  }

  @Test
  void theStreamedChatSendsTheProblemAsItsErrorEvent() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    plantFullWindows(RPM, 0);
    int callsBefore = GEMINI.fake().modelCalls().size();

    ChatApi.Stream stream = chat.stream(null, "find a lamp");

    assertThat(stream.status()).isEqualTo(200);
    assertThat(stream.names()).as(stream.body()).containsExactly("conversation", "error");
    JsonObject problem = stream.only("error");
    assertThat(problem.getString("type")).isEqualTo(TYPE);
    assertThat(problem.getInt("status")).isEqualTo(503);
    assertThat(problem.getJsonNumber("retryAfterSeconds").longValue()).isBetween(1L, 60L);
    assertThat(problem.getString("conversationId"))
        .isEqualTo(stream.only("conversation").getString("conversationId"));
    assertThat(GEMINI.fake().modelCalls()).hasSize(callsBefore);
  }

  @Test
  void aCallWhoseTokensDoNotFitIsRefusedForTokens() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    plantFullWindows(0, TPM - 100);
    ServerMetrics before = ServerMetrics.read(baseUrl);

    HttpResponse<String> refused = chat.post(null, "hello");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(
            ServerMetrics.read(baseUrl)
                .since(before, "model_rate_limit_rejections_total", "reason", "tokens"))
        .isEqualTo(1);
  }

  @Test
  void theWindowHoldsTheRealTokensOfTheCallNotItsEstimate() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    GEMINI.fake().defaultReply(FakeReply.text("Hello! How can I help?"));
    // Early in a minute, so that the call and its correction fall in the same window.
    ModelWindows.awaitSecondOfMinute(2, 45);
    Instant minute = ModelWindows.minuteOf(Instant.now());

    JsonObject answer = chat.say(null, "hello");

    List<LedgerRows.Row> ledger =
        LedgerRows.of(chat.session().customerId(), answer.getString("conversationId"));
    assertThat(ledger).hasSize(1);
    // The estimate held room for gemini.max-output-tokens (2,048): the correction, made just after
    // the call off the customer's wait, takes it back.
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(ModelWindows.all())
                    .containsExactly(
                        Map.entry(minute, new ModelWindows.Counts(1, ledger.get(0).total()))));
    assertThat(ledger.get(0).output()).isLessThan(100);
  }

  @Test
  void aCallJustBeforeTheMinuteEndsWaitsForTheNextWindow() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    GEMINI.fake().defaultReply(FakeReply.text("Hello!"));
    ServerMetrics before = ServerMetrics.read(baseUrl);
    // Less than max-wait (2 s) before the minute ends, with this minute's window full.
    ModelWindows.awaitSecondOfMinute(58.5, 58.9);
    Instant minute = ModelWindows.minuteOf(Instant.now());
    ModelWindows.plant(minute, RPM, 0);

    HttpResponse<String> answer = chat.post(null, "hello");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "model_rate_limit_waits_total")).isEqualTo(1);
    assertThat(after.since(before, "model_rate_limit_wait_seconds_count")).isEqualTo(1);
    assertThat(ModelWindows.all().get(minute.plus(1, ChronoUnit.MINUTES)).requests()).isEqualTo(1);
  }

  @Test
  void concurrentChatsNeverPassTheLimitInAnyWindow() throws Exception {
    GEMINI.fake().latency(Duration.ofMillis(200)).defaultReply(FakeReply.text("Hello!"));
    List<ChatApi> chats = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      chats.add(ChatApi.guest(baseUrl));
    }
    int callsBefore = GEMINI.fake().modelCalls().size();
    // Far from the minute's end: refused calls fail fast instead of waiting for the next window.
    ModelWindows.awaitSecondOfMinute(2, 30);
    List<Integer> statuses = allAtOnce(chats);

    Map<Instant, ModelWindows.Counts> windows = ModelWindows.all();
    List<RecordedRequest> calls = GEMINI.fake().modelCalls();
    long answered = statuses.stream().filter(s -> s == 200).count();
    assertThat(statuses).containsOnly(200, 503);
    assertThat(windows.values()).allSatisfy(w -> assertThat(w.requests()).isLessThanOrEqualTo(RPM));
    assertThat(calls.size() - callsBefore).isEqualTo(answered);
    assertThat(windows.values().stream().mapToLong(ModelWindows.Counts::requests).sum())
        .isEqualTo(answered);
    if (windows.size() == 1) {
      assertThat(answered).as("one window: exactly its limit answered").isEqualTo(RPM);
    }
  }

  /** Each chat sends a message, all at the same moment; their statuses. */
  private static List<Integer> allAtOnce(List<ChatApi> chats) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(chats.size());
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (ChatApi chat : chats) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return chat.post(null, "hello");
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        statuses.add(answer.get().statusCode());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Fills this minute's window and the next two (a refused call may wait for the next one, and the
   * test may start at a minute's end).
   */
  private static void plantFullWindows(long requests, long tokens) throws Exception {
    Instant minute = ModelWindows.minuteOf(Instant.now());
    for (int i = 0; i < 3; i++) {
      ModelWindows.plant(minute.plus(i, ChronoUnit.MINUTES), requests, tokens);
    }
  }
}
