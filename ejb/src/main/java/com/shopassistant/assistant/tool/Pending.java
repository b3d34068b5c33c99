package com.shopassistant.assistant.tool;

import com.shopassistant.confirmation.ConfirmableAction;
import java.time.OffsetDateTime;

/**
 * The answer of every quoting tool: the figures, then the token, when it expires, that it needs the
 * customer's yes, and what to do now; plus the {@link PendingAction} the chat shows as a
 * confirmation card and the gate later checks.
 */
final class Pending {

  static final String INSTRUCTION = "Show this to the customer and ask for an explicit yes.";

  private Pending() {}

  static ToolResult result(
      String tool,
      Fields figures,
      ConfirmableAction action,
      String token,
      OffsetDateTime expiresAt,
      String summary) {
    figures
        .put("confirmation_token", token)
        .put("expires_at", ToolResultCompressor.instant(expiresAt))
        .put("needs_confirmation", true)
        .put("instruction", INSTRUCTION);
    return ToolResult.pending(
        tool, figures.map(), summary, new PendingAction(token, action.name(), summary, expiresAt));
  }
}
