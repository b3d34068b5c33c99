package com.shopassistant.it.gemini;

import com.shopassistant.assistant.gemini.ContextCacheStore;
import com.shopassistant.assistant.gemini.GeminiGateway;
import com.shopassistant.assistant.gemini.GeminiSettings;
import com.shopassistant.assistant.gemini.InMemoryContextCacheStore;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolParameter;
import java.time.Duration;
import java.util.List;

/** Gateways pointed at a fake, and the requests the gateway tests send. */
final class GatewayRequests {

  static final String MODEL = "gemini-2.5-flash";
  static final String SYSTEM_PROMPT = "You are the shop's assistant. Be brief and use the tools.";
  static final List<ToolDeclaration> TOOLS =
      List.of(
          new ToolDeclaration(
              "search_products",
              "Searches the catalog by words.",
              List.of(ToolParameter.required("query", ToolParameter.Type.STRING, "Words."))),
          new ToolDeclaration("view_cart", "Shows the customer's cart.", List.of()));

  private GatewayRequests() {}

  /** Context caching off: the request shape without it. */
  static GeminiGateway gateway(GeminiFake fake, Duration timeout) {
    return GeminiGateway.standalone(
        settings(fake, timeout).contextCache(false, Duration.ofHours(1), 0).build(),
        new InMemoryContextCacheStore());
  }

  /** Context caching on for any prompt size, names kept in {@code store}. */
  static GeminiGateway cachingGateway(
      GeminiFake fake, ContextCacheStore store, Duration renewBefore) {
    return GeminiGateway.standalone(
        settings(fake, Duration.ofSeconds(5))
            .contextCache(true, Duration.ofHours(1), 1)
            .contextCacheTimes(renewBefore, Duration.ofMinutes(5))
            .build(),
        store);
  }

  static GeminiSettings.Builder settings(GeminiFake fake, Duration timeout) {
    return GeminiSettings.builder()
        .apiKey(FakeClients.KEY)
        .baseUrl(fake.baseUrl())
        .timeout(timeout);
  }

  static ModelRequest request(ModelMessage... history) {
    return new ModelRequest(MODEL, SYSTEM_PROMPT, null, List.of(history), TOOLS, "en");
  }
}
