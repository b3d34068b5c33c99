package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentResponse;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelUsage;
import org.junit.jupiter.api.Test;

/** The SDK's GenerateContentResponse → ModelReply. */
class GeminiRepliesTest {

  @Test
  void textCallsUsageAndTheContentToSendBack() throws Exception {
    String content =
        "{\"role\":\"model\",\"parts\":[{\"text\":\"Looking \",\"thoughtSignature\":\"c2ln\"},"
            + "{\"text\":\"up.\"},{\"functionCall\":{\"id\":\"c1\",\"name\":\"search_products\","
            + "\"args\":{\"query\":\"tea\",\"limit\":3}}}]}";
    GenerateContentResponse response =
        GenerateContentResponse.fromJson(
            "{\"candidates\":[{\"content\":"
                + content
                + ",\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":120,"
                + "\"candidatesTokenCount\":30,\"thoughtsTokenCount\":12,"
                + "\"cachedContentTokenCount\":100,\"totalTokenCount\":162}}");

    ModelReply reply = GeminiReplies.reply(response, "gemini-2.5-flash");

    assertThat(reply.text()).isEqualTo("Looking up.");
    assertThat(reply.calls()).hasSize(1);
    assertThat(reply.calls().get(0).id()).isEqualTo("c1");
    assertThat(reply.calls().get(0).name()).isEqualTo("search_products");
    assertThat(reply.calls().get(0).args()).containsEntry("query", "tea").containsEntry("limit", 3);
    assertThat(reply.usage()).isEqualTo(new ModelUsage(120, 42, 100));
    assertThat(reply.model()).isEqualTo("gemini-2.5-flash");
    assertThat(Content.fromJson(reply.vendorJson()).toJson())
        .isEqualTo(Content.fromJson(content).toJson());
    assertThat(reply.vendorJson()).contains("c2ln");
  }

  @Test
  void missingCountsAreZeroAndCachedNeverExceedsInput() throws Exception {
    ModelReply noUsage = GeminiReplies.reply(text("Hi"), "m");
    ModelReply odd =
        GeminiReplies.reply(
            GenerateContentResponse.fromJson(
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Hi\"}]}}],"
                    + "\"usageMetadata\":{\"promptTokenCount\":10,\"cachedContentTokenCount\":50}}"),
            "m");

    assertThat(noUsage.usage()).isEqualTo(ModelUsage.NONE);
    assertThat(odd.usage()).isEqualTo(new ModelUsage(10, 0, 10));
  }

  @Test
  void thoughtSummariesAreNotText() throws Exception {
    ModelReply reply =
        GeminiReplies.reply(
            GenerateContentResponse.fromJson(
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":["
                    + "{\"text\":\"I should search.\",\"thought\":true},{\"text\":\"Here.\"}]}}]}"),
            "m");

    assertThat(reply.text()).isEqualTo("Here.");
  }

  @Test
  void aBlockedPromptIsRejected() {
    GenerateContentResponse blocked =
        GenerateContentResponse.fromJson("{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}");

    assertThatThrownBy(() -> GeminiReplies.reply(blocked, "m"))
        .isInstanceOfSatisfying(
            RejectedModelCallException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelCallException.Kind.REJECTED))
        .hasMessageContaining("SAFETY");
  }

  @Test
  void anEmptyCandidateIsRejectedWithItsFinishReason() {
    GenerateContentResponse empty =
        GenerateContentResponse.fromJson(
            "{\"candidates\":[{\"content\":{\"role\":\"model\"},\"finishReason\":\"MAX_TOKENS\"}]}");

    assertThatThrownBy(() -> GeminiReplies.reply(empty, "m"))
        .isInstanceOf(RejectedModelCallException.class)
        .hasMessageContaining("MAX_TOKENS");
  }

  static GenerateContentResponse text(String text) {
    return GenerateContentResponse.fromJson(
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\""
            + text
            + "\"}]},\"finishReason\":\"STOP\"}]}");
  }
}
