package com.shopassistant.assistant.tool;

import java.util.Objects;

/**
 * Who a tool runs for and what the turn allows.
 *
 * @param customerId the authenticated caller; the only customer a tool may read or change
 * @param conversationId the conversation of the turn
 * @param language "en" or "id": the language replies and summaries should use
 * @param gate decides whether a confirm tool may commit a pending action in this turn
 */
public record ToolContext(
    long customerId, String conversationId, String language, ConfirmationGate gate) {

  public ToolContext {
    Objects.requireNonNull(conversationId, "conversationId");
    language = "id".equals(language) ? "id" : "en";
    Objects.requireNonNull(gate, "gate");
  }
}
