package com.shopassistant.it.assistant;

import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.gemini.RecordedRequest;
import com.shopassistant.it.support.AccountProbes;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/v1/chat/stream}: the turn as server-sent events, in the order things happen,
 * with the text as the fake streams it in chunks; and the errors that come before any event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatStreamIT {

  private static final String ANSWER = "Six times seven is 42, as the calculator says.";

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(ChatStreamIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void aStreamedTurnSendsConversationTextToolAndDoneInOrder() throws Exception {
    GeminiFake fake = GEMINI.fake();
    fake.enqueue(
        FakeReply.text("Let me work that out.").andCall("calculate", Map.of("expression", "6*7")),
        FakeReply.text(ANSWER));

    ChatApi.Stream stream = ChatApi.guest(baseUrl).stream(null, "what is six times seven?");

    assertThat(stream.status()).as(stream.body()).isEqualTo(200);
    assertThat(stream.contentType()).startsWith("text/event-stream");
    List<String> names = stream.names();
    assertThat(names.get(0)).isEqualTo("conversation");
    assertThat(names.get(names.size() - 1)).isEqualTo("done");
    // conversation, the first reply's text, the tool, the answer's text, usage, done
    assertThat(collapsed(names))
        .containsExactly("conversation", "text", "tool", "text", "usage", "done");
    int tool = names.indexOf("tool");
    assertThat(names.subList(tool + 1, names.size()))
        .as("the answer came in several chunks")
        .filteredOn("text"::equals)
        .hasSizeGreaterThan(1);
    JsonObject done = stream.only("done");
    assertThat(deltasAfter(stream, tool)).isEqualTo(done.getString("reply")).isEqualTo(ANSWER);
    assertThat(deltasBefore(stream, tool)).isEqualTo("Let me work that out.");
    JsonObject toolEvent = stream.only("tool");
    assertThat(toolEvent.getString("name")).isEqualTo("calculate");
    assertThat(toolEvent.getBoolean("ok")).isTrue();
    assertThat(done.getString("conversationId"))
        .isEqualTo(stream.only("conversation").getString("conversationId"));
    assertThat(done.getJsonArray("toolCalls")).hasSize(1);
    assertThat(stream.only("usage")).isEqualTo(done.getJsonObject("usage"));
    assertThat(AnsweredCalls.of(fake))
        .extracting(RecordedRequest::action)
        .containsOnly("streamGenerateContent");
  }

  @Test
  void theDoneEventIsTheAnswerPostChatGives() throws Exception {
    GEMINI.fake().defaultReply(FakeReply.text(ANSWER));
    ChatApi customer = ChatApi.guest(baseUrl);

    JsonObject posted = customer.say(null, "hello there");
    ChatApi.Stream stream = customer.stream(posted.getString("conversationId"), "hello again");

    JsonObject done = stream.only("done");
    assertThat(done.keySet()).isEqualTo(posted.keySet());
    assertThat(done.getJsonObject("usage").keySet())
        .isEqualTo(posted.getJsonObject("usage").keySet());
    assertThat(done.getString("conversationId")).isEqualTo(posted.getString("conversationId"));
    assertThat(done.getString("reply")).isEqualTo(posted.getString("reply"));
    assertThat(done.getBoolean("stoppedAtCap")).isFalse();
  }

  @Test
  void anUnknownConversationIsAPlain404BeforeAnyEvent() throws Exception {
    ChatApi.Stream stream =
        ChatApi.guest(baseUrl).stream(UUID.randomUUID().toString(), "hello there");

    assertThat(stream.status()).as(stream.body()).isEqualTo(404);
    assertThat(stream.contentType()).startsWith(AccountProbes.PROBLEM_JSON);
    assertThat(stream.body()).doesNotContain("event:");
    assertProblem(stream.response(), 404, "conversation-not-found");
    assertThat(GEMINI.fake().modelCalls()).isEmpty();
  }

  /** The event names with runs of the same name collapsed into one. */
  private static List<String> collapsed(List<String> names) {
    List<String> runs = new java.util.ArrayList<>();
    for (String name : names) {
      if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(name)) {
        runs.add(name);
      }
    }
    return runs;
  }

  private static String deltasBefore(ChatApi.Stream stream, int index) {
    return deltas(stream.events().subList(0, index));
  }

  private static String deltasAfter(ChatApi.Stream stream, int index) {
    return deltas(stream.events().subList(index + 1, stream.events().size()));
  }

  private static String deltas(List<ChatApi.Event> events) {
    return events.stream()
        .filter(e -> e.name().equals("text"))
        .map(e -> e.data().getString("delta"))
        .collect(Collectors.joining());
  }
}
