package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.FakeRule;
import com.shopassistant.it.gemini.FakeTokens;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.gemini.RecordedRequest;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tier budgets on the real server: the ledger against the fake's usageMetadata, the 429 before a
 * call the budget cannot cover (which never reaches the model), the 80 % warning, days and months
 * of Jakarta, and many concurrent chats of one customer. Earlier usage is planted as ledger rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatBudgetIT {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final int GUEST_DAILY = 10_000;

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(ChatBudgetIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private static Instant todayStart() {
    return LocalDate.now(JAKARTA).atStartOfDay(JAKARTA).toInstant();
  }

  private static OffsetDateTime tomorrowStart() {
    return LocalDate.now(JAKARTA).plusDays(1).atStartOfDay(JAKARTA).toOffsetDateTime();
  }

  @Test
  void ledgerRowsMatchTheFakesUsageMetadataAndCostIsTheSeedsPrice() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    GEMINI
        .fake()
        .enqueue(
            FakeReply.call("search_products", Map.of("query", "lamp")),
            FakeReply.text("No lamps today."));

    JsonObject answer = chat.say(null, "find a lamp");

    List<RecordedRequest> calls = GEMINI.fake().modelCalls();
    List<LedgerRows.Row> rows =
        LedgerRows.of(chat.session().customerId(), answer.getString("conversationId"));
    assertThat(rows).hasSize(2);
    int[] outputs = {
      FakeTokens.of(
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add(
                          "functionCall",
                          Json.createObjectBuilder()
                              .add("name", "search_products")
                              .add("args", Json.createObjectBuilder().add("query", "lamp"))))
              .build()),
      FakeTokens.of(
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("text", "No lamps today."))
              .build())
    };
    long inputSum = 0;
    for (int i = 0; i < 2; i++) {
      LedgerRows.Row row = rows.get(i);
      assertThat(row.model()).isEqualTo("gemini-2.5-flash");
      assertThat(row.input() - row.cached())
          .as("input of call %d", i)
          .isEqualTo(FakeTokens.ofPrompt(calls.get(i).body()));
      assertThat(row.output()).as("output of call %d", i).isEqualTo(outputs[i]);
      assertThat(row.total()).isEqualTo(row.input() + row.output());
      // seed: Flash $0.15 input, $0.0375 cached, $0.60 output per million tokens
      BigDecimal expected =
          new BigDecimal("0.15")
              .multiply(BigDecimal.valueOf(row.input() - row.cached()))
              .add(new BigDecimal("0.0375").multiply(BigDecimal.valueOf(row.cached())))
              .add(new BigDecimal("0.60").multiply(BigDecimal.valueOf(row.output())))
              .movePointLeft(6);
      assertThat(row.costUsd()).isEqualByComparingTo(expected);
      inputSum += row.input();
    }
    JsonObject usage = answer.getJsonObject("usage");
    assertThat(usage.getInt("input")).isEqualTo(inputSum);
    JsonObject today = usage.getJsonObject("budget").getJsonObject("today");
    assertThat(today.getJsonNumber("used").longValue())
        .isEqualTo(rows.get(0).total() + rows.get(1).total());
    assertThat(today.getJsonNumber("limit").longValue()).isEqualTo(GUEST_DAILY);
    assertThat(OffsetDateTime.parse(today.getString("resetsAt")).toInstant())
        .isEqualTo(tomorrowStart().toInstant());
    assertThat(usage.getJsonObject("budget").containsKey("thisMonth")).isTrue();
    assertThat(usage.getJsonObject("budget").getJsonObject("thisMonth").containsKey("limit"))
        .as("a guest has no monthly limit")
        .isFalse();
    assertThat(LedgerRows.reservations(chat.session().customerId())).isZero();
  }

  @Test
  void aGuestPastTheDailyBudgetGets429WithWhatIsLeftAndTheModelIsNotCalled() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    LedgerRows.plant(chat.session().customerId(), "GUEST", Instant.now(), 9_900);
    long before = GEMINI.fake().modelCalls().size();

    HttpResponse<String> refused = chat.post(null, "find a lamp");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 86_400L);
    JsonObject problem = HttpClients.json(refused);
    assertThat(problem.getString("type"))
        .isEqualTo("urn:shop-assistant:problem:token-budget-exceeded");
    assertThat(problem.getString("reason")).isEqualTo("daily_limit_exceeded");
    assertThat(problem.getString("tier")).isEqualTo("guest");
    assertThat(problem.getJsonNumber("limit").longValue()).isEqualTo(GUEST_DAILY);
    assertThat(problem.getJsonNumber("remaining").longValue()).isEqualTo(100);
    assertThat(OffsetDateTime.parse(problem.getString("resetsAt")).toInstant())
        .isEqualTo(tomorrowStart().toInstant());
    assertThat(problem.getString("reply")).contains("Sign up");
    assertThat(GEMINI.fake().modelCalls()).hasSize((int) before);
    // the conversation holds the message and the polite answer
    HttpResponse<String> stored = chat.conversation(problem.getString("conversationId"));
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.body()).contains("find a lamp").contains("Sign up");
  }

  @Test
  void eightyPercentOfTheDayTurnsTheWarningOn() throws Exception {
    ChatApi below = ChatApi.guest(baseUrl);
    LedgerRows.plant(below.session().customerId(), "GUEST", Instant.now(), 1_000);
    ChatApi above = ChatApi.guest(baseUrl);
    LedgerRows.plant(above.session().customerId(), "GUEST", Instant.now(), 8_000);
    GEMINI.fake().defaultReply(FakeReply.text("Hello!"));

    JsonObject quiet = below.say(null, "hello").getJsonObject("usage").getJsonObject("budget");
    JsonObject warned = above.say(null, "hello").getJsonObject("usage").getJsonObject("budget");

    assertThat(quiet.getBoolean("warning")).isFalse();
    assertThat(warned.getBoolean("warning")).isTrue();
    assertThat(warned.containsKey("exceeded")).isFalse();
    assertThat(warned.getJsonObject("today").getJsonNumber("used").longValue())
        .isGreaterThan(8_000);
  }

  @Test
  void usageBeforeJakartaMidnightCountsForYesterday() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    LedgerRows.plant(
        chat.session().customerId(), "GUEST", todayStart().minus(Duration.ofMinutes(1)), 9_900);
    GEMINI.fake().defaultReply(FakeReply.text("Hello!"));

    JsonObject answer = chat.say(null, "hello");

    long thisCall =
        LedgerRows.of(chat.session().customerId(), answer.getString("conversationId")).stream()
            .mapToLong(LedgerRows.Row::total)
            .sum();
    JsonObject today = answer.getJsonObject("usage").getJsonObject("budget").getJsonObject("today");
    assertThat(today.getJsonNumber("used").longValue()).isEqualTo(thisCall);
  }

  @Test
  void theFreeTiersMonthlyBudgetRefusesWithTheMonthlyReason() throws Exception {
    ZoneId zone = JAKARTA;
    Instant monthStart = LocalDate.now(zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
    assumeTrue(
        todayStart().isAfter(monthStart), "on the first of a month the day's budget refuses first");
    ChatApi chat = new ChatApi(ApiSession.register(baseUrl, "budget-secret-1"));
    LedgerRows.plant(chat.session().customerId(), "FREE", monthStart.plusSeconds(60), 499_900);
    long before = GEMINI.fake().modelCalls().size();

    HttpResponse<String> refused = chat.post(null, "find a lamp");

    assertThat(refused.statusCode()).isEqualTo(429);
    JsonObject problem = HttpClients.json(refused);
    assertThat(problem.getString("reason")).isEqualTo("monthly_limit_exceeded");
    assertThat(problem.getString("tier")).isEqualTo("free");
    assertThat(problem.getJsonNumber("limit").longValue()).isEqualTo(500_000);
    assertThat(OffsetDateTime.parse(problem.getString("resetsAt")).toInstant())
        .isEqualTo(
            LocalDate.now(zone).withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant());
    assertThat(problem.getString("reply")).contains("Upgrade to Premium");
    assertThat(GEMINI.fake().modelCalls()).hasSize((int) before);
  }

  @Test
  void thePremiumTiersDailyBudgetIsTwoHundredThousand() throws Exception {
    ChatApi chat = new ChatApi(ApiSession.register(baseUrl, "budget-secret-2"));
    LedgerRows.tier(chat.session().customerId(), "PREMIUM");
    LedgerRows.plant(chat.session().customerId(), "PREMIUM", Instant.now(), 199_900);

    HttpResponse<String> refused = chat.post(null, "find a lamp");

    assertThat(refused.statusCode()).isEqualTo(429);
    JsonObject problem = HttpClients.json(refused);
    assertThat(problem.getString("tier")).isEqualTo("premium");
    assertThat(problem.getJsonNumber("limit").longValue()).isEqualTo(200_000);
    assertThat(problem.getString("reply")).doesNotContain("Upgrade").contains("It resets at");
  }

  @Test
  void anEnterpriseCustomerIsNeverRefusedAndSeesNoLimit() throws Exception {
    ChatApi chat = new ChatApi(ApiSession.register(baseUrl, "budget-secret-3"));
    LedgerRows.tier(chat.session().customerId(), "ENTERPRISE");
    LedgerRows.plant(chat.session().customerId(), "ENTERPRISE", Instant.now(), 5_000_000);
    GEMINI.fake().defaultReply(FakeReply.text("Hello!"));

    JsonObject budget = chat.say(null, "hello").getJsonObject("usage").getJsonObject("budget");

    assertThat(budget.getString("tier")).isEqualTo("enterprise");
    assertThat(budget.getBoolean("warning")).isFalse();
    assertThat(budget.getJsonObject("today").containsKey("limit")).isFalse();
    assertThat(budget.getJsonObject("today").getJsonNumber("used").longValue())
        .isGreaterThan(5_000_000);
    assertThat(LedgerRows.reservations(chat.session().customerId())).isZero();
  }

  @Test
  void aStreamedTurnRefusedByTheBudgetEndsWithAnErrorEventCarryingTheProblem() throws Exception {
    ChatApi chat = ChatApi.guest(baseUrl);
    LedgerRows.plant(chat.session().customerId(), "GUEST", Instant.now(), 9_950);

    ChatApi.Stream stream = chat.stream(null, "find a lamp");

    assertThat(stream.status()).isEqualTo(200);
    assertThat(stream.names()).as(stream.body()).containsExactly("conversation", "error");
    JsonObject problem = stream.only("error");
    assertThat(problem.getString("type"))
        .isEqualTo("urn:shop-assistant:problem:token-budget-exceeded");
    assertThat(problem.getInt("status")).isEqualTo(429);
    assertThat(problem.getString("reason")).isEqualTo("daily_limit_exceeded");
  }

  @Test
  void concurrentChatsOfOneGuestNeverPassTheBudgetByMoreThanOneCall() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    LedgerRows.plant(guest.customerId(), "GUEST", Instant.now(), GUEST_DAILY - 1_500);
    GEMINI.fake().latency(Duration.ofMillis(400)).defaultReply(FakeReply.text("Hello!"));
    int chats = 12;
    List<Integer> statuses = newConversationsAtOnce(guest, chats, "hello");

    long used = LedgerRows.tokensSince(guest.customerId(), todayStart());
    long largest = LedgerRows.largestCallSince(guest.customerId(), todayStart());
    assertThat(statuses).containsOnly(200, 429).contains(200, 429);
    assertThat(statuses.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(chats - 3);
    assertThat(used).isLessThanOrEqualTo(GUEST_DAILY + largest);
    assertThat(LedgerRows.reservations(guest.customerId())).isZero();
  }

  @Test
  void concurrentToolTurnsOfOneCustomerInSeveralConversationsAllAnswer() throws Exception {
    // A tool step inserts rows that refer to the customer, then reserves the next call, which
    // locks the customer's row: taken in that order by two conversations at once, they deadlocked.
    ApiSession customer = ApiSession.register(baseUrl, "a-long-password-1");
    GEMINI
        .fake()
        .latency(Duration.ofMillis(100))
        .rule(
            FakeRule.answering(
                request -> request.lastFunctionResponseName() != null,
                request -> FakeReply.text("Your cart is empty.")))
        .defaultReply(FakeReply.call("view_cart", Map.of()));
    List<Integer> statuses = newConversationsAtOnce(customer, 8, "show my cart");

    assertThat(statuses).containsOnly(200);
    assertThat(LedgerRows.reservations(customer.customerId())).isZero();
  }

  /** The statuses of {@code chats} new conversations of one customer, each sent at once. */
  private static List<Integer> newConversationsAtOnce(
      ApiSession customer, int chats, String message) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(chats);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < chats; i++) {
        ChatApi chat = new ChatApi(customer);
        answers.add(pool.submit(() -> chat.post(null, message)));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        statuses.add(answer.get().statusCode());
      }
    } finally {
      pool.shutdownNow();
    }
    return statuses;
  }
}
