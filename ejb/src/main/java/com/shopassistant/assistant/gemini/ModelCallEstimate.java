package com.shopassistant.assistant.gemini;

import com.google.genai.types.Content;
import com.google.genai.types.Tool;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.TokenEstimate;

/**
 * The tokens a model call is counted with by the global model limit before it is made: the
 * project's token rule ({@link TokenEstimate}) over the JSON of what the gateway sends (system
 * instruction, tool declarations, summary and history, as {@link GeminiRequests} builds them), plus
 * {@code gemini.max-output-tokens} for the answer. The system instruction and tools count even when
 * a context cache carries them: Gemini counts cached tokens as input too. The Gemini fake reports
 * its prompt tokens by the same rule over the same JSON.
 */
final class ModelCallEstimate {

  private ModelCallEstimate() {}

  static long of(ModelRequest request, int maxOutputTokens) {
    long tokens = TokenEstimate.of(GeminiRequests.systemInstruction(request).toJson());
    for (Content content : GeminiRequests.contents(request)) {
      tokens += TokenEstimate.of(content.toJson());
    }
    for (Tool tool : GeminiSchemas.tools(request.tools())) {
      tokens += TokenEstimate.of(tool.toJson());
    }
    return tokens + Math.max(0, maxOutputTokens);
  }
}
