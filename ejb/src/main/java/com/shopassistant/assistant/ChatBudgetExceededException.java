package com.shopassistant.assistant;

import com.shopassistant.usage.TokenBudgetExceededException;

/**
 * A turn refused before its first model call: the customer's budget is used up. The customer's
 * message and the assistant's polite {@code reply} are stored in the conversation.
 */
public class ChatBudgetExceededException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String conversationId;
  private final String reply;

  public ChatBudgetExceededException(
      String conversationId, String reply, TokenBudgetExceededException refusal) {
    super(refusal.getMessage(), refusal);
    this.conversationId = conversationId;
    this.reply = reply;
  }

  public String conversationId() {
    return conversationId;
  }

  public String reply() {
    return reply;
  }

  public TokenBudgetExceededException refusal() {
    return (TokenBudgetExceededException) getCause();
  }
}
