package com.shopassistant.it.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules for concurrent conversations, the default reply, the control API and reset. */
class GeminiFakeScriptTest {

  private static final String MODEL = "gemini-2.5-flash";

  private GeminiFake fake;
  private Client client;

  @BeforeEach
  void start() {
    fake = GeminiFake.start(0, FakeClients.KEY);
    client = FakeClients.sdk(fake, 10_000);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void rulesKeepAHundredConcurrentConversationsApart() throws Exception {
    int conversations = 100;
    for (int i = 0; i < conversations; i++) {
      String tag = "order-" + i + "-x";
      fake.rule(
          FakeRule.when(
              FakeMatch.lastUserTextContains(tag).and(FakeMatch.userJustWrote()),
              FakeReply.call("order_status", Map.of("order", tag))));
      fake.rule(
          FakeRule.when(
              FakeMatch.lastUserTextContains(tag)
                  .and(FakeMatch.lastFunctionResponseOf("order_status")),
              FakeReply.text("Order " + tag + " has shipped.")));
    }
    ExecutorService pool = Executors.newFixedThreadPool(conversations);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < conversations; i++) {
        String tag = "order-" + i + "-x";
        answers.add(pool.submit(conversation(tag)));
      }
      for (int i = 0; i < conversations; i++) {
        assertThat(answers.get(i).get(30, TimeUnit.SECONDS))
            .isEqualTo("Order order-" + i + "-x has shipped.");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fake.modelCalls()).hasSize(2 * conversations);
  }

  private Callable<String> conversation(String tag) {
    return () -> {
      List<Content> history = new ArrayList<>();
      history.add(Content.fromParts(Part.fromText("Where is " + tag + "?")));
      GenerateContentResponse call = client.models.generateContent(MODEL, history, null);
      Map<String, Object> args = call.functionCalls().get(0).args().orElseThrow();
      history.add(call.candidates().orElseThrow().get(0).content().orElseThrow());
      history.add(
          Content.builder()
              .role("user")
              .parts(Part.fromFunctionResponse("order_status", Map.of("order", args.get("order"))))
              .build());
      return client.models.generateContent(MODEL, history, null).text();
    };
  }

  @Test
  void aRuleWithTimesStopsMatchingAndTheDefaultAnswers() {
    fake.defaultReply(FakeReply.text("Default."))
        .rule(FakeRule.when(FakeMatch.lastUserTextContains("HELLO"), FakeReply.text("Hi!"), 1));

    assertThat(client.models.generateContent(MODEL, "hello", null).text()).isEqualTo("Hi!");
    assertThat(client.models.generateContent(MODEL, "hello", null).text()).isEqualTo("Default.");
    fake.reset();
    assertThat(client.models.generateContent(MODEL, "hello", null).text())
        .isEqualTo(FakeReply.DEFAULT_TEXT);
    assertThat(fake.modelCalls()).hasSize(1);
  }

  @Test
  void theControlApiScriptsRepliesAndListsRequests() throws Exception {
    HttpResponse<String> queued =
        control(
            "POST",
            "/_fake/replies",
            "[{\"functionCalls\":[{\"name\":\"view_cart\",\"args\":{}}]},{\"text\":\"Done.\"}]");
    HttpResponse<String> rule =
        control(
            "POST",
            "/_fake/rules",
            "{\"when\":{\"lastUserTextContains\":\"refund\"},\"reply\":{\"error\":503}}");

    assertThat(queued.statusCode()).isEqualTo(204);
    assertThat(rule.statusCode()).isEqualTo(204);
    assertThat(client.models.generateContent(MODEL, "Cart?", null).functionCalls())
        .extracting(call -> call.name().orElseThrow())
        .containsExactly("view_cart");
    assertThat(client.models.generateContent(MODEL, "Cart?", null).text()).isEqualTo("Done.");

    HttpResponse<String> listed = control("GET", "/_fake/requests?since=1", null);

    JsonArray requests =
        jakarta.json.Json.createReader(new StringReader(listed.body())).readArray();
    assertThat(requests).hasSize(1);
    assertThat(requests.getJsonObject(0).getInt("sequence")).isEqualTo(2);
    assertThat(listed.body()).doesNotContain(FakeClients.KEY).contains(RecordedRequest.REDACTED);
    assertThat(control("PUT", "/_fake/nothing", "{}").statusCode()).isEqualTo(404);
    assertThat(control("POST", "/_fake/reset", null).statusCode()).isEqualTo(204);
    assertThat(fake.requests()).isEmpty();
  }

  private HttpResponse<String> control(String method, String path, String body) throws Exception {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .method(method, publisher)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
