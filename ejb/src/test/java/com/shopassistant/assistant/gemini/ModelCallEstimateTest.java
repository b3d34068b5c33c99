package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.TokenEstimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tokens a call is counted with before it is made: what is sent, plus room for the answer. */
class ModelCallEstimateTest {

  private static final String PROMPT = "You are the shop's assistant. ".repeat(20);

  @Test
  void isTheTokenRuleOverTheJsonSentPlusTheMaximumAnswer() {
    ModelRequest request = request(List.of(ModelMessage.user("Any tea?")), "earlier: lamps");

    long estimate = ModelCallEstimate.of(request, 2_048);

    long sent =
        TokenEstimate.of(GeminiRequests.systemInstruction(request).toJson())
            + GeminiRequests.contents(request).stream()
                .mapToLong(c -> TokenEstimate.of(c.toJson()))
                .sum();
    assertThat(estimate).isEqualTo(sent + 2_048);
    assertThat(estimate - 2_048).isGreaterThan(TokenEstimate.of(PROMPT));
  }

  @Test
  void growsWithTheHistoryToolResultsAndToolDeclarations() {
    List<ModelMessage> history = List.of(ModelMessage.user("Any tea?"));
    List<ModelMessage> longer =
        List.of(
            ModelMessage.user("Any tea?"),
            ModelMessage.tool(
                "search_products", Map.of("items", "green tea, black tea".repeat(40))));
    ModelRequest withTools =
        new ModelRequest("m", PROMPT, null, history, List.of(GeminiRequestsTest.SEARCH), "en");

    long base = ModelCallEstimate.of(request(history, null), 0);

    assertThat(ModelCallEstimate.of(request(longer, null), 0)).isGreaterThan(base + 200);
    assertThat(ModelCallEstimate.of(withTools, 0))
        .isGreaterThan(base + TokenEstimate.of("Searches the catalog."));
  }

  private static ModelRequest request(List<ModelMessage> history, String summary) {
    return new ModelRequest("m", PROMPT, summary, history, List.of(), "en");
  }
}
