package com.shopassistant.it.gemini;

import static com.shopassistant.it.gemini.GatewayRequests.MODEL;
import static com.shopassistant.it.gemini.GatewayRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.gemini.GeminiGateway;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelUsage;
import com.shopassistant.usage.TokenEstimate;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway against the fake through the real SDK: text, function calls, streams, usage. */
class GeminiGatewayTest {

  private GeminiFake fake;
  private GeminiGateway gateway;

  @BeforeEach
  void start() {
    fake = GeminiFake.start(0, FakeClients.KEY);
    gateway = GatewayRequests.gateway(fake, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    gateway.close();
    fake.close();
  }

  @Test
  void sendsInstructionToolsAndHistoryAndReadsText() throws Exception {
    fake.enqueue(FakeReply.text("We have green and black tea."));

    ModelReply reply = gateway.generate(request(ModelMessage.user("Any tea?")));

    assertThat(reply.text()).isEqualTo("We have green and black tea.");
    assertThat(reply.model()).isEqualTo(MODEL);
    JsonObject body = fake.lastModelCall().body();
    assertThat(fake.lastModelCall().model()).isEqualTo(MODEL);
    assertThat(body.getJsonObject("systemInstruction").toString())
        .contains(GatewayRequests.SYSTEM_PROMPT);
    JsonObject declarations =
        body.getJsonArray("tools")
            .getJsonObject(0)
            .getJsonArray("functionDeclarations")
            .getJsonObject(0);
    assertThat(declarations.getString("name")).isEqualTo("search_products");
    assertThat(declarations.getJsonObject("parameters").getJsonArray("required").toString())
        .isEqualTo("[\"query\"]");
    assertThat(body.getJsonObject("toolConfig").toString()).contains("\"mode\":\"AUTO\"");
    assertThat(body.getJsonObject("generationConfig").toString())
        .contains("\"temperature\":0.4", "\"maxOutputTokens\":2048");
    assertThat(body.containsKey("cachedContent")).isFalse();
  }

  @Test
  void aFunctionCallRoundTripSendsTheModelTurnBackWithItsSignature() throws Exception {
    fake.enqueue(
        FakeReply.call("search_products", Map.of("query", "tea")).withThoughtSignature("c2ln"));
    fake.rule(
        FakeRule.when(
            FakeMatch.lastFunctionResponseOf("search_products"), FakeReply.text("Two teas.")));
    ModelMessage question = ModelMessage.user("Any tea?");

    ModelReply call = gateway.generate(request(question));

    assertThat(call.calls()).hasSize(1);
    assertThat(call.calls().get(0).name()).isEqualTo("search_products");
    assertThat(call.calls().get(0).args()).containsEntry("query", "tea");
    ModelReply answer =
        gateway.generate(
            request(
                question,
                call.asMessage(),
                ModelMessage.tool("search_products", Map.of("count", 2))));

    assertThat(answer.text()).isEqualTo("Two teas.");
    JsonObject modelTurn = fake.lastModelCall().contents().getJsonObject(1);
    assertThat(modelTurn.getString("role")).isEqualTo("model");
    assertThat(modelTurn.getJsonArray("parts").getJsonObject(0).getString("thoughtSignature"))
        .isEqualTo("c2ln");
    JsonObject toolTurn = fake.lastModelCall().contents().getJsonObject(2);
    assertThat(toolTurn.getString("role")).isEqualTo("user");
    assertThat(toolTurn.toString()).contains("\"functionResponse\"", "\"count\":2");
  }

  @Test
  void streamsTextDeltasAndReturnsTheWholeReply() throws Exception {
    String text = "Green tea, black tea and a lovely oolong are in stock today.";
    fake.enqueue(FakeReply.text(text));
    List<String> deltas = new ArrayList<>();

    ModelReply reply = gateway.stream(request(ModelMessage.user("Tea?")), deltas::add);

    assertThat(deltas).hasSize(3);
    assertThat(String.join("", deltas)).isEqualTo(text);
    assertThat(reply.text()).isEqualTo(text);
    assertThat(fake.lastModelCall().action()).isEqualTo("streamGenerateContent");
    assertThat(reply.usage().output()).isEqualTo(TokenEstimate.of("[{\"text\":\"" + text + "\"}]"));
  }

  @Test
  void usageIsWhatTheFakeCountedByTheTokenRule() throws Exception {
    fake.enqueue(FakeReply.text("Hello there"));

    ModelReply reply = gateway.generate(request(ModelMessage.user("Hi")));

    JsonObject body = fake.lastModelCall().body();
    int prompt =
        TokenEstimate.of(body.get("contents").toString())
            + TokenEstimate.of(body.get("systemInstruction").toString())
            + TokenEstimate.of(body.get("tools").toString());
    // [{"text":"Hello there"}] is 24 characters: 6 tokens.
    assertThat(reply.usage()).isEqualTo(new ModelUsage(prompt, 6, 0));
  }
}
