package com.shopassistant.it.eval;

import jakarta.json.JsonObject;

/** The placeholders a script's model replies may hold, filled when the turn starts. */
final class Templates {

  static final String PENDING_TOKEN = "${pending.token}";

  private Templates() {}

  /** {@code reply} with {@value #PENDING_TOKEN} replaced (by {@code none} when nothing is open). */
  static JsonObject fill(JsonObject reply, String pendingToken) {
    String text = reply.toString();
    if (!text.contains(PENDING_TOKEN)) {
      return reply;
    }
    return EvalClient.json(
        text.replace(PENDING_TOKEN, pendingToken == null ? "none" : pendingToken));
  }
}
