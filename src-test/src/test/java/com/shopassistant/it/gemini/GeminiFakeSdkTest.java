package com.shopassistant.it.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.Content;
import com.google.genai.types.CountTokensResponse;
import com.google.genai.types.FinishReason;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.Part;
import com.shopassistant.usage.TokenEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake answers the real SDK: text, function calls, streams, usage and token counts. */
class GeminiFakeSdkTest {

  private static final String MODEL = "gemini-2.5-flash";

  private GeminiFake fake;
  private Client client;

  @BeforeEach
  void start() {
    fake = GeminiFake.start(0, FakeClients.KEY);
    client = FakeClients.sdk(fake, 5_000);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void answersTextAndRecordsTheRequestWithoutTheKey() {
    fake.enqueue(FakeReply.text("Hello there"));

    GenerateContentResponse response = client.models.generateContent(MODEL, "Hi", null);

    assertThat(response.text()).isEqualTo("Hello there");
    RecordedRequest request = fake.lastModelCall();
    assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
    assertThat(request.model()).isEqualTo(MODEL);
    assertThat(request.lastUserText()).isEqualTo("Hi");
    assertThat(request.headers()).containsEntry("x-goog-api-key", RecordedRequest.REDACTED);
    assertThat(request.toJson().toString()).doesNotContain(FakeClients.KEY);
  }

  @Test
  void aFunctionCallGoesOutAndItsResponseComesBack() {
    fake.enqueue(FakeReply.call("search_products", Map.of("query", "running shoes", "limit", 5)));
    fake.rule(
        FakeRule.when(
            FakeMatch.lastFunctionResponseOf("search_products"), FakeReply.text("Found 2.")));
    List<Content> history = new ArrayList<>();
    history.add(Content.fromParts(Part.fromText("Find running shoes")));

    GenerateContentResponse first = client.models.generateContent(MODEL, history, null);

    assertThat(first.functionCalls()).hasSize(1);
    assertThat(first.functionCalls().get(0).name()).contains("search_products");
    assertThat(first.functionCalls().get(0).args().orElseThrow())
        .containsEntry("query", "running shoes")
        .containsEntry("limit", 5);
    history.add(first.candidates().orElseThrow().get(0).content().orElseThrow());
    history.add(
        Content.builder()
            .role("user")
            .parts(Part.fromFunctionResponse("search_products", Map.of("count", 2)))
            .build());

    GenerateContentResponse second = client.models.generateContent(MODEL, history, null);

    assertThat(second.text()).isEqualTo("Found 2.");
    RecordedRequest request = fake.lastModelCall();
    assertThat(request.contents()).hasSize(3);
    assertThat(request.contents().getJsonObject(1).toString()).contains("\"functionCall\"");
    assertThat(request.lastFunctionResponseName()).isEqualTo("search_products");
  }

  @Test
  void streamsTextInSeveralChunksWithTheUsageInTheLast() {
    String text = "Here are three pairs of running shoes under fifty dollars for you.";
    fake.enqueue(FakeReply.text(text));

    List<GenerateContentResponse> chunks = new ArrayList<>();
    try (ResponseStream<GenerateContentResponse> stream =
        client.models.generateContentStream(MODEL, "Shoes?", null)) {
      stream.forEach(chunks::add);
    }

    assertThat(chunks).hasSize(3);
    assertThat(String.join("", chunks.stream().map(GenerateContentResponse::text).toList()))
        .isEqualTo(text);
    GenerateContentResponseUsageMetadata usage = chunks.get(2).usageMetadata().orElseThrow();
    assertThat(usage.candidatesTokenCount())
        .contains(TokenEstimate.of("[{\"text\":\"" + text + "\"}]"));
    assertThat(chunks.get(0).candidates().orElseThrow().get(0).finishReason()).isEmpty();
    assertThat(chunks.get(2).finishReason().knownEnum()).isEqualTo(FinishReason.Known.STOP);
    assertThat(fake.lastModelCall().action()).isEqualTo("streamGenerateContent");
    assertThat(fake.lastModelCall().query()).isEqualTo("alt=sse");
  }

  @Test
  void usageFollowsTheTokenRule() {
    fake.enqueue(FakeReply.text("Hello there"));

    GenerateContentResponse response = client.models.generateContent(MODEL, "Hi", null);

    RecordedRequest request = fake.lastModelCall();
    int prompt = TokenEstimate.of(request.body().get("contents").toString());
    // [{"text":"Hello there"}] is 24 characters: 6 tokens.
    GenerateContentResponseUsageMetadata usage = response.usageMetadata().orElseThrow();
    assertThat(usage.candidatesTokenCount()).contains(6);
    assertThat(usage.promptTokenCount()).contains(prompt);
    assertThat(usage.totalTokenCount()).contains(prompt + 6);
    assertThat(usage.cachedContentTokenCount()).isEmpty();
  }

  @Test
  void countsTokensOfContents() {
    CountTokensResponse counted = client.models.countTokens(MODEL, "How much is shipping?", null);

    RecordedRequest request = fake.requests().get(0);
    assertThat(request.action()).isEqualTo("countTokens");
    assertThat(counted.totalTokens())
        .contains(TokenEstimate.of(request.body().get("contents").toString()));
  }

  @Test
  void sendsAThoughtSignatureTheSdkKeeps() {
    fake.enqueue(FakeReply.call("view_cart", Map.of()).withThoughtSignature("c2lnbmF0dXJl"));

    GenerateContentResponse response = client.models.generateContent(MODEL, "My cart?", null);

    Part first = response.parts().get(0);
    assertThat(first.thoughtSignature())
        .hasValueSatisfying(bytes -> assertThat(new String(bytes)).isEqualTo("signature"));
  }
}
