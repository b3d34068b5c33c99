package com.shopassistant.it.eval;

import com.shopassistant.it.gemini.FakeTokens;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.RecordedRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Comparator;

/**
 * What every call carries before any conversation — the system prompt and the tool declarations —
 * measured on the wire: one turn long enough (over 40 words) that the server declares all its
 * tools, then the fake's own count of the {@code systemInstruction} and {@code tools} of the body
 * that carried them (the request itself, or the context cache it was created with).
 *
 * @param tokens est(systemInstruction JSON) + est(tools JSON), the fake's rule
 * @param declarations how many function declarations that body held
 */
public record PromptSize(long tokens, int declarations) {

  /** A message of over 40 words: the server then declares every tool. */
  static final String LONG_MESSAGE =
      "I would like some help with a few different things today, please: first I want to look at"
          + " what you have, then perhaps put a couple of items in my cart, check the status of an"
          + " order I placed last week, maybe change its delivery address, and finally ask about"
          + " paying with a gift card or talking to a person if needed.";

  /** Plays the long turn as a new customer and measures the richest body the fake then holds. */
  public static PromptSize measure(String baseUrl, GeminiFake fake) throws Exception {
    EvalClient.register(baseUrl).chat(LONG_MESSAGE);
    return fake.requests().stream()
        .filter(r -> r.body().containsKey("systemInstruction"))
        .map(PromptSize::of)
        .max(Comparator.comparingInt(PromptSize::declarations))
        .orElseThrow(() -> new AssertionError("no request carried a system instruction"));
  }

  static PromptSize of(RecordedRequest request) {
    JsonObject body = request.body();
    int declarations = 0;
    if (body.containsKey("tools")) {
      for (JsonValue tool : body.getJsonArray("tools")) {
        JsonArray functions = tool.asJsonObject().getJsonArray("functionDeclarations");
        declarations += functions == null ? 0 : functions.size();
      }
    }
    return new PromptSize(
        FakeTokens.of(body.get("systemInstruction")) + FakeTokens.of(body.get("tools")),
        declarations);
  }
}
