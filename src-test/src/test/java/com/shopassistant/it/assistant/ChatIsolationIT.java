package com.shopassistant.it.assistant;

import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static com.shopassistant.it.support.AccountProbes.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.support.AccountProbes;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A conversation is its customer's alone, and the chat API refuses bad input before any model is
 * called: another customer's conversation is answered like an unknown one on every endpoint, an
 * invalid message or id is a 400 naming the field, no token a 401.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatIsolationIT {

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(ChatIsolationIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private ChatApi alice;

  @BeforeEach
  void signIn() throws Exception {
    GEMINI.fake().defaultReply(FakeReply.text("Hello from the fake."));
    alice = ChatApi.guest(baseUrl);
  }

  @Test
  void anotherCustomersConversationIsNotFoundOnEveryEndpoint() throws Exception {
    ChatApi bob = ChatApi.guest(baseUrl);
    String bobs = bob.say(null, "my secret wish list").getString("conversationId");
    int callsSoFar = GEMINI.fake().modelCalls().size();

    assertProblem(alice.post(bobs, "show me bob's chat"), 404, "conversation-not-found");
    ChatApi.Stream streamed = alice.stream(bobs, "show me bob's chat");
    assertProblem(streamed.response(), 404, "conversation-not-found");
    assertThat(streamed.events()).isEmpty();
    assertProblem(alice.conversation(bobs), 404, "conversation-not-found");
    // An unknown id is answered the same way: the 404 tells nothing about who owns what.
    String unknown = UUID.randomUUID().toString();
    assertProblem(alice.post(unknown, "hello"), 404, "conversation-not-found");
    assertProblem(alice.conversation(unknown), 404, "conversation-not-found");

    assertThat(GEMINI.fake().modelCalls()).hasSize(callsSoFar);
    JsonObject bobsView = HttpClients.json(bob.conversation(bobs));
    assertThat(bobsView.getJsonArray("messages").getValuesAs(JsonObject.class))
        .extracting(message -> message.getString("text", ""))
        .containsExactly("my secret wish list", "Hello from the fake.");
    assertThat(alice.session().get("api/v1/conversations").body()).doesNotContain(bobs);
  }

  @Test
  void anEmptyOrTooLongMessageOrANonUuidIdIsRefusedWithTheFieldNamed() throws Exception {
    assertThat(invalid(alice.post(null, ""))).containsExactly("message");
    assertThat(invalid(alice.post(null, "   "))).containsExactly("message");
    assertThat(invalid(alice.post(null, "x".repeat(4001)))).containsExactly("message");
    assertThat(invalid(alice.post("not-a-uuid", "hello"))).containsExactly("conversationId");
    assertThat(invalid(alice.post(null, null))).containsExactly("message");
    assertThat(invalid(alice.stream(null, "").response())).containsExactly("message");
    assertThat(invalid(alice.stream("not-a-uuid", "hello").response()))
        .containsExactly("conversationId");

    // 4,000 characters are still a message
    assertThat(alice.post(null, "x".repeat(4000)).statusCode()).isEqualTo(200);
    assertThat(GEMINI.fake().modelCalls())
        .as("only the valid message reached a model")
        .isNotEmpty();
    assertThat(GEMINI.fake().modelCalls())
        .allSatisfy(call -> assertThat(call.lastUserText()).isEqualTo("x".repeat(4000)));
  }

  @Test
  void withoutATokenTheChatIs401() throws Exception {
    String body = ChatApi.body(null, "hello");
    HttpResponse<String> posted =
        HttpClients.postJson(HttpClients.under(baseUrl, "api/v1/chat"), body);
    assertProblem(posted, 401, "unauthorized");
    assertProblem(alice.stream(null, null, "hello").response(), 401, "unauthorized");
    HttpResponse<String> listed =
        HttpClients.get(HttpClients.under(baseUrl, "api/v1/conversations"));
    assertProblem(listed, 401, "unauthorized");
    assertThat(GEMINI.fake().modelCalls()).isEmpty();
  }

  private static List<String> invalid(HttpResponse<String> answer) {
    JsonObject problem = assertProblem(answer, 400, "validation-failed");
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(AccountProbes.PROBLEM_JSON));
    return fieldsOf(problem);
  }
}
