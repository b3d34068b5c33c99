package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.TokenEstimate;

/**
 * The tokens a model call's prompt is expected to cost, before it is sent: what budgets reserve.
 * The project's token rule over the prompt's parts, plus a tenth and a few tokens per message for
 * the request's own structure (roles, part names), which Gemini counts too.
 */
final class PromptEstimate {

  static final int TOKENS_PER_MESSAGE = 8;

  private PromptEstimate() {}

  /** {@code declarationTokens}: the request's tool declarations, measured once per turn. */
  static int of(ModelRequest request, int declarationTokens) {
    long tokens = TokenEstimate.of(request.systemPrompt()) + TokenEstimate.of(request.summary());
    tokens += declarationTokens;
    for (ModelMessage message : request.history()) {
      tokens += StoredMessage.of(0, message).tokens() + TOKENS_PER_MESSAGE;
    }
    return (int) Math.min(Integer.MAX_VALUE, tokens + (tokens + 9) / 10);
  }
}
