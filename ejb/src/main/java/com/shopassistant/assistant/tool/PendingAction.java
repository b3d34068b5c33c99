package com.shopassistant.assistant.tool;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A write a tool has quoted and that waits for the customer's yes: the chat answer shows it as a
 * confirmation card, and the conversation remembers its token so the gate can check it.
 *
 * @param token the confirmation token issued with the quote
 * @param action what would happen, as the {@code ConfirmableAction} name (CHECKOUT,
 *     CANCEL_ORDER...)
 * @param summary one line for people: what, for how much
 * @param expiresAt when the token stops being accepted
 */
public record PendingAction(String token, String action, String summary, OffsetDateTime expiresAt) {

  public PendingAction {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(summary, "summary");
  }
}
