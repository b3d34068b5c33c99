package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.gemini.FakeMatch;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.FakeRule;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.gemini.RecordedRequest;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which model a turn goes to, what history it carries and how long it may loop, as the Gemini fake
 * sees the requests: routing to Pro and its fallback to Flash, older turns folded into a summary
 * written by Flash-Lite, and the cap on model calls per turn.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatRoutingHistoryIT {

  private static final String FLASH = "gemini-2.5-flash";
  private static final String PRO = "gemini-2.5-pro";
  private static final String LITE = "gemini-2.5-flash-lite";

  /** shop.assistant.max-model-calls-per-turn */
  private static final int MAX_MODEL_CALLS = 6;

  /** shop.assistant.history.max-messages */
  private static final int MAX_HISTORY_MESSAGES = 10;

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(ChatRoutingHistoryIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void aComparisonGoesToProAndAPlainMessageToFlash() throws Exception {
    GeminiFake fake = GEMINI.fake();
    ChatApi customer = ChatApi.guest(baseUrl);
    ServerMetrics before = ServerMetrics.read(baseUrl);

    JsonObject compared = customer.say(null, "compare the blue and the black one");

    assertThat(usage(compared).getString("model")).isEqualTo(PRO);
    assertThat(AnsweredCalls.of(fake))
        .extracting(RecordedRequest::path)
        .containsExactly("/v1beta/models/" + PRO + ":generateContent");

    JsonObject plain = customer.say(null, "show me some socks");

    assertThat(usage(plain).getString("model")).isEqualTo(FLASH);
    assertThat(AnsweredCalls.of(fake).get(1).path())
        .isEqualTo("/v1beta/models/" + FLASH + ":generateContent");
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "assistant_routing_total", "model", PRO, "reason", "trigger"))
        .isEqualTo(1);
    assertThat(after.since(before, "assistant_routing_total", "model", FLASH, "reason", "default"))
        .isEqualTo(1);
  }

  @Test
  void whenProFailsTheTurnFallsBackToFlash() throws Exception {
    GeminiFake fake = GEMINI.fake();
    fake.rule(FakeRule.when(FakeMatch.model(PRO), FakeReply.error(503)));
    fake.rule(FakeRule.when(FakeMatch.model(FLASH), FakeReply.text("Flash compared them.")));
    ServerMetrics before = ServerMetrics.read(baseUrl);

    JsonObject answer = ChatApi.guest(baseUrl).say(null, "compare the blue and the black one");

    assertThat(answer.getString("reply")).isEqualTo("Flash compared them.");
    assertThat(usage(answer).getString("model")).isEqualTo(FLASH);
    // Pro was tried three times (two retries of the 503), then Flash once.
    assertThat(AnsweredCalls.of(fake))
        .extracting(RecordedRequest::model)
        .containsExactly(PRO, PRO, PRO, FLASH);
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(
            after.since(
                before,
                "assistant_fallbacks_total",
                "from",
                PRO,
                "to",
                FLASH,
                "cause",
                "server_error"))
        .isEqualTo(1);
  }

  @Test
  void olderTurnsAreSummarisedByFlashLiteAndTheSummaryTravelsWithTheNextCalls() throws Exception {
    GeminiFake fake = GEMINI.fake();
    fake.rule(FakeRule.when(FakeMatch.model(LITE), FakeReply.text("FIRST-SUMMARY of turn 1"), 1));
    fake.rule(FakeRule.when(FakeMatch.model(LITE), FakeReply.text("SECOND-SUMMARY of 1 and 2"), 1));
    fake.rule(FakeRule.when(FakeMatch.model(LITE), FakeReply.text("THIRD-SUMMARY of 1 to 3"), 1));
    ChatApi customer = ChatApi.guest(baseUrl);
    ServerMetrics before = ServerMetrics.read(baseUrl);
    String id = null;
    for (int turn = 1; turn <= 4; turn++) {
      id =
          customer.say(id, "tell me about your shop, question " + turn).getString("conversationId");
    }
    customer.say(id, "tell me about your shop, question 5");
    // Five turns are ten chat messages: all were sent whole. The sixth message will push the
    // first turn out, so it is folded ahead, after the fifth answer, not while the sixth waits.
    assertThat(AnsweredCalls.of(fake, FLASH))
        .allSatisfy(call -> assertThat(firstText(call)).startsWith("tell me about"));
    List<RecordedRequest> summaries = AnsweredCalls.awaitCount(fake, LITE, 1);
    assertThat(summaries.get(0).lastUserText()).contains("question 1").doesNotContain("question 2");
    awaitStoredSummary(customer, id, "FIRST-SUMMARY of turn 1");

    customer.say(id, "tell me about your shop, question 6");

    RecordedRequest sixth = lastChatCall(fake);
    assertThat(summaries.get(0).sequence()).isLessThan(sixth.sequence());
    assertThat(firstText(sixth))
        .isEqualTo("Summary of the earlier conversation: FIRST-SUMMARY of turn 1");
    assertThat(chatTexts(sixth)).hasSizeLessThanOrEqualTo(MAX_HISTORY_MESSAGES);
    assertThat(String.join("|", chatTexts(sixth)))
        .doesNotContain("question 1")
        .contains("question 2", "question 6");

    summaries = AnsweredCalls.awaitCount(fake, LITE, 2);
    assertThat(summaries.get(1).lastUserText())
        .contains("Previous summary: FIRST-SUMMARY of turn 1", "question 2");
    awaitStoredSummary(customer, id, "SECOND-SUMMARY of 1 and 2");

    customer.say(id, "tell me about your shop, question 7");

    RecordedRequest seventh = lastChatCall(fake);
    assertThat(firstText(seventh)).endsWith("SECOND-SUMMARY of 1 and 2");
    assertThat(chatTexts(seventh)).hasSizeLessThanOrEqualTo(MAX_HISTORY_MESSAGES);
    assertThat(String.join("|", chatTexts(seventh))).doesNotContain("question 2");
    // every fold was made ahead: none while a turn waited
    AnsweredCalls.awaitCount(fake, LITE, 3);
    awaitStoredSummary(customer, id, "THIRD-SUMMARY of 1 to 3");
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "assistant_history_folds_total", "when", "ahead")).isEqualTo(3);
    assertThat(after.since(before, "assistant_history_folds_total", "when", "in_turn")).isZero();
  }

  @Test
  void longMessagesFoldInTheirOwnTurnWhatTheFoldAheadCouldNotKnow() throws Exception {
    GeminiFake fake = GEMINI.fake();
    // a free account: four prompts of up to 4,000 tokens are beyond a guest's daily budget
    ChatApi customer = new ChatApi(ApiSession.register(baseUrl, "fold-secret-1"));
    ServerMetrics before = ServerMetrics.read(baseUrl);
    // ~995 tokens each (the longest message allowed is 4,000 characters): three such turns and an
    // empty next message fit the window's 4,000 tokens, so nothing is folded ahead; a fourth long
    // message does not fit with them, and its own turn folds the first.
    String longText = "and more ".repeat(438);
    String id = null;
    for (int turn = 1; turn <= 3; turn++) {
      id =
          customer
              .say(id, "tell me about your shop, question " + turn + " " + longText)
              .getString("conversationId");
    }
    assertThat(AnsweredCalls.of(fake, LITE)).isEmpty();

    customer.say(id, "tell me about your shop, question 4 " + longText);

    List<RecordedRequest> summaries = AnsweredCalls.of(fake, LITE);
    assertThat(summaries).hasSize(1);
    assertThat(summaries.get(0).lastUserText()).contains("question 1").doesNotContain("question 2");
    assertThat(summaries.get(0).sequence()).isLessThan(lastChatCall(fake).sequence());
    ServerMetrics after = ServerMetrics.read(baseUrl);
    assertThat(after.since(before, "assistant_history_folds_total", "when", "in_turn"))
        .isEqualTo(1);
    assertThat(after.since(before, "assistant_history_folds_total", "when", "ahead")).isZero();
  }

  /** The conversation's stored summary, once a fold ahead has stored it. Fails after 10 s. */
  private void awaitStoredSummary(ChatApi customer, String id, String summary) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    String stored = null;
    while (System.nanoTime() < deadline) {
      stored = HttpClients.json(customer.conversation(id)).getString("summary", null);
      if (summary.equals(stored)) {
        return;
      }
      Thread.sleep(50);
    }
    assertThat(stored).as("the stored summary").isEqualTo(summary);
  }

  @Test
  void aModelThatKeepsCallingToolsIsStoppedAtTheCap() throws Exception {
    GeminiFake fake = GEMINI.fake();
    fake.defaultReply(FakeReply.call("calculate", Map.of("expression", "6 * 7")));
    ServerMetrics before = ServerMetrics.read(baseUrl);

    JsonObject answer = ChatApi.guest(baseUrl).say(null, "what is six times seven?");

    assertThat(answer.getBoolean("stoppedAtCap")).isTrue();
    assertThat(AnsweredCalls.of(fake)).hasSize(MAX_MODEL_CALLS);
    assertThat(usage(answer).getInt("modelCalls")).isEqualTo(MAX_MODEL_CALLS);
    // The last reply's call is not run: its result could not go back to the model.
    assertThat(ChatCalls.toolNames(answer)).hasSize(MAX_MODEL_CALLS - 1).containsOnly("calculate");
    assertThat(answer.getString("reply")).isNotBlank();
    assertThat(
            ServerMetrics.read(baseUrl)
                .since(before, "assistant_turns_total", "outcome", "loop_cap"))
        .isEqualTo(1);
  }

  private static RecordedRequest lastChatCall(GeminiFake fake) throws Exception {
    List<RecordedRequest> chat = AnsweredCalls.of(fake, FLASH);
    assertThat(chat).isNotEmpty();
    return chat.get(chat.size() - 1);
  }

  private static String firstText(RecordedRequest request) {
    return texts(request.contents().getJsonObject(0));
  }

  /** The texts of the customer's and the model's messages, without the summary's content. */
  private static List<String> chatTexts(RecordedRequest request) {
    return request.contents().getValuesAs(JsonObject.class).stream()
        .map(ChatRoutingHistoryIT::texts)
        .filter(text -> !text.isEmpty())
        .filter(text -> !text.startsWith("Summary of the earlier conversation: "))
        .toList();
  }

  private static String texts(JsonObject content) {
    StringBuilder text = new StringBuilder();
    for (JsonObject part : content.getJsonArray("parts").getValuesAs(JsonObject.class)) {
      text.append(part.getString("text", ""));
    }
    return text.toString();
  }

  private static JsonObject usage(JsonObject answer) {
    return answer.getJsonObject("usage");
  }
}
