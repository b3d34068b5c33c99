package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentResponse;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelUsage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A streamed answer put together: deltas, merged parts, the last usage. */
class StreamedReplyTest {

  @Test
  void deltasGoOutAndTheReplyHoldsTheWhole() throws Exception {
    StreamedReply streamed = new StreamedReply();
    List<String> deltas = new ArrayList<>();

    streamed.add(chunk("[{\"text\":\"Two \"}]", null, 50, 0), deltas::add);
    streamed.add(chunk("[{\"text\":\"teas.\"}]", null, 50, 0), deltas::add);
    streamed.add(
        chunk("[{\"functionCall\":{\"name\":\"view_cart\",\"args\":{}}}]", "STOP", 50, 9),
        deltas::add);
    ModelReply reply = streamed.reply("gemini-2.5-flash");

    assertThat(deltas).containsExactly("Two ", "teas.");
    assertThat(streamed.deliveredText()).isTrue();
    assertThat(reply.text()).isEqualTo("Two teas.");
    assertThat(reply.calls()).extracting(c -> c.name()).containsExactly("view_cart");
    assertThat(reply.usage()).isEqualTo(new ModelUsage(50, 9, 0));
    assertThat(Content.fromJson(reply.vendorJson()).parts().orElseThrow()).hasSize(2);
    assertThat(reply.vendorJson()).contains("Two teas.");
  }

  @Test
  void aSignedPartIsKeptApart() throws Exception {
    StreamedReply streamed = new StreamedReply();

    streamed.add(chunk("[{\"text\":\"A\",\"thoughtSignature\":\"c2ln\"}]", null, 5, 0), d -> {});
    streamed.add(chunk("[{\"text\":\"B\"}]", "STOP", 5, 1), d -> {});

    assertThat(Content.fromJson(streamed.reply("m").vendorJson()).parts().orElseThrow()).hasSize(2);
  }

  @Test
  void aStreamWithoutTextOrCallsIsRejected() {
    StreamedReply blocked = new StreamedReply();
    blocked.add(
        GenerateContentResponse.fromJson("{\"promptFeedback\":{\"blockReason\":\"OTHER\"}}"),
        d -> {});
    StreamedReply empty = new StreamedReply();
    empty.add(chunk("[]", "SAFETY", 5, 0), d -> {});

    assertThatThrownBy(() -> blocked.reply("m"))
        .isInstanceOf(RejectedModelCallException.class)
        .hasMessageContaining("OTHER");
    assertThatThrownBy(() -> empty.reply("m"))
        .isInstanceOf(RejectedModelCallException.class)
        .hasMessageContaining("SAFETY");
    assertThat(empty.deliveredText()).isFalse();
  }

  private static GenerateContentResponse chunk(
      String parts, String finishReason, int prompt, int candidates) {
    return GenerateContentResponse.fromJson(
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":"
            + parts
            + "}"
            + (finishReason == null ? "" : ",\"finishReason\":\"" + finishReason + "\"")
            + "}],\"usageMetadata\":{\"promptTokenCount\":"
            + prompt
            + ",\"candidatesTokenCount\":"
            + candidates
            + "}}");
  }
}
