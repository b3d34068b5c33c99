package com.shopassistant.assistant.tool;

/**
 * The server's own check, not the model's word, that the customer said yes to a pending action: the
 * token must be the one pending in this conversation, and the customer's message of this turn must
 * be an explicit confirmation (typed "yes"/"ya", or the confirmation card's button).
 */
@FunctionalInterface
public interface ConfirmationGate {

  /** Whether a confirm tool may commit the action behind {@code confirmationToken} now. */
  boolean mayCommit(String confirmationToken);

  /** A gate that never allows a commit: for turns without a pending action. */
  ConfirmationGate CLOSED = token -> false;
}
