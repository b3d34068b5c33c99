package com.shopassistant.it.gemini;

import com.shopassistant.usage.TokenEstimate;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The fake's token counts, by the project's one rule ({@link TokenEstimate}: code points / 4,
 * rounded up) applied to JSON as the fake writes it (compact, no whitespace):
 *
 * <ul>
 *   <li>{@code promptTokenCount} = est(request {@code contents}) + est({@code systemInstruction}) +
 *       est({@code tools}) + the referenced cached content's count;
 *   <li>a cached content's count = est(its {@code contents}) + est(its {@code systemInstruction}) +
 *       est(its {@code tools}); it is also reported as {@code cachedContentTokenCount};
 *   <li>{@code candidatesTokenCount} = est(the candidate's {@code parts} array);
 *   <li>{@code totalTokenCount} = prompt + candidates.
 * </ul>
 *
 * <p>Each field is estimated on its own and the estimates added; a missing field counts 0.
 */
public final class FakeTokens {

  private FakeTokens() {}

  /** The estimate of one JSON value as the fake serializes it; 0 for null. */
  public static int of(JsonValue json) {
    return json == null ? 0 : TokenEstimate.of(json.toString());
  }

  /** The prompt's own tokens (without any cached content) of a request or cached-content body. */
  public static int ofPrompt(JsonObject body) {
    return of(body.get("contents")) + of(body.get("systemInstruction")) + of(body.get("tools"));
  }
}
