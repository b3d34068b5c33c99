package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.types.Content;
import com.google.genai.types.FunctionCallingConfigMode;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.Part;
import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolParameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ModelRequest → the SDK's contents and config. */
class GeminiRequestsTest {

  static final String SIGNED_MODEL_TURN =
      "{\"parts\":[{\"functionCall\":{\"args\":{\"query\":\"tea\"},\"name\":\"search_products\"},"
          + "\"thoughtSignature\":\"c2lnbmF0dXJl\"}],\"role\":\"model\"}";

  static final ToolDeclaration SEARCH =
      new ToolDeclaration(
          "search_products",
          "Searches the catalog.",
          List.of(ToolParameter.required("query", ToolParameter.Type.STRING, "Words to find.")));

  private final GeminiSettings settings = GeminiSettings.builder().apiKey("k").build();

  @Test
  void userModelAndToolTurnsBecomeContentsInOrder() {
    ModelRequest request =
        request(
            null,
            ModelMessage.user("Any tea?"),
            ModelMessage.model(
                "Let me look.",
                List.of(new FunctionCall("call-1", "search_products", Map.of("query", "tea"))),
                null),
            ModelMessage.tool("search_products", Map.of("count", 2)),
            ModelMessage.model("Two teas.", List.of(), null));

    List<Content> contents = GeminiRequests.contents(request);

    assertThat(contents)
        .extracting(c -> c.role().orElseThrow())
        .containsExactly("user", "model", "user", "model");
    assertThat(contents.get(0).text()).isEqualTo("Any tea?");
    List<Part> modelParts = contents.get(1).parts().orElseThrow();
    assertThat(modelParts.get(0).text()).contains("Let me look.");
    com.google.genai.types.FunctionCall call = modelParts.get(1).functionCall().orElseThrow();
    assertThat(call.name()).contains("search_products");
    assertThat(call.id()).contains("call-1");
    assertThat(call.args().orElseThrow()).containsEntry("query", "tea");
    var response = contents.get(2).parts().orElseThrow().get(0).functionResponse().orElseThrow();
    assertThat(response.name()).contains("search_products");
    assertThat(response.response().orElseThrow()).containsEntry("count", 2);
  }

  @Test
  void aModelTurnWithVendorJsonGoesBackUnchanged() {
    ModelRequest request =
        request(
            null,
            ModelMessage.user("Any tea?"),
            ModelMessage.model("", List.of(), SIGNED_MODEL_TURN),
            ModelMessage.tool("search_products", Map.of("count", 0)));

    Content sent = GeminiRequests.contents(request).get(1);

    assertThat(sent.toJson()).isEqualTo(Content.fromJson(SIGNED_MODEL_TURN).toJson());
    assertThat(new String(sent.parts().orElseThrow().get(0).thoughtSignature().orElseThrow()))
        .isEqualTo("signature");
  }

  @Test
  void parallelToolResultsShareOneUserContentAndEmptyModelTurnsAreLeftOut() {
    ModelRequest request =
        request(
            null,
            ModelMessage.user("Cart and orders?"),
            ModelMessage.model("", List.of(), null),
            ModelMessage.tool("view_cart", Map.of("lines", 1)),
            ModelMessage.tool("list_orders", Map.of("orders", 3)));

    List<Content> contents = GeminiRequests.contents(request);

    assertThat(contents).hasSize(2);
    assertThat(contents.get(1).parts().orElseThrow())
        .extracting(p -> p.functionResponse().orElseThrow().name().orElseThrow())
        .containsExactly("view_cart", "list_orders");
  }

  @Test
  void theSummaryComesFirstAndTheSystemInstructionStaysTheSame() {
    ModelRequest withSummary = request("They bought tea.", ModelMessage.user("And coffee?"));
    ModelRequest without = request(null, ModelMessage.user("And coffee?"));

    List<Content> contents = GeminiRequests.contents(withSummary);
    GenerateContentConfig a = GeminiRequests.config(withSummary, settings, Optional.empty());
    GenerateContentConfig b = GeminiRequests.config(without, settings, Optional.empty());

    assertThat(contents.get(0).text())
        .isEqualTo(GeminiRequests.SUMMARY_PREFIX + "They bought tea.");
    assertThat(contents.get(1).text()).isEqualTo("And coffee?");
    assertThat(a.systemInstruction().orElseThrow().toJson())
        .isEqualTo(b.systemInstruction().orElseThrow().toJson())
        .contains("You help shoppers.");
  }

  @Test
  void withoutACacheTheConfigCarriesInstructionToolsAndModes() {
    GenerateContentConfig config =
        GeminiRequests.config(request(null, ModelMessage.user("Hi")), settings, Optional.empty());

    assertThat(config.systemInstruction().orElseThrow().text()).isEqualTo("You help shoppers.");
    assertThat(config.tools().orElseThrow().get(0).functionDeclarations().orElseThrow())
        .extracting(d -> d.name().orElseThrow())
        .containsExactly("search_products");
    assertThat(
            config
                .toolConfig()
                .orElseThrow()
                .functionCallingConfig()
                .orElseThrow()
                .mode()
                .orElseThrow()
                .knownEnum())
        .isEqualTo(FunctionCallingConfigMode.Known.AUTO);
    assertThat(config.automaticFunctionCalling().orElseThrow().disable()).contains(true);
    assertThat(config.temperature()).contains(0.4f);
    assertThat(config.maxOutputTokens()).contains(2048);
    assertThat(config.cachedContent()).isEmpty();
  }

  @Test
  void withACacheTheConfigNamesItAndLeavesInstructionAndToolsOut() {
    GenerateContentConfig config =
        GeminiRequests.config(
            request(null, ModelMessage.user("Hi")), settings, Optional.of("cachedContents/abc"));

    assertThat(config.cachedContent()).contains("cachedContents/abc");
    assertThat(config.systemInstruction()).isEmpty();
    assertThat(config.tools()).isEmpty();
    assertThat(config.toolConfig()).isEmpty();
    assertThat(config.automaticFunctionCalling().orElseThrow().disable()).contains(true);
  }

  static ModelRequest request(String summary, ModelMessage... history) {
    return new ModelRequest(
        "gemini-2.5-flash", "You help shoppers.", summary, List.of(history), List.of(SEARCH), "en");
  }
}
