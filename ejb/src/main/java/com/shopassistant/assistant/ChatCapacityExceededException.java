package com.shopassistant.assistant;

import com.shopassistant.usage.ModelCapacityExceededException;

/**
 * A turn refused before its first model call: the global model limit (all customers, all instances)
 * is used up for this minute. The customer's message and the assistant's polite {@code reply} are
 * stored in the conversation; nothing else happened, so the message may be sent again after {@link
 * #retryAfterSeconds()}.
 */
public class ChatCapacityExceededException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String conversationId;
  private final String reply;
  private final long retryAfterSeconds;

  public ChatCapacityExceededException(
      String conversationId, String reply, ModelCapacityExceededException refusal) {
    super(refusal.getMessage(), refusal);
    this.conversationId = conversationId;
    this.reply = reply;
    this.retryAfterSeconds = refusal.retryAfterSeconds();
  }

  public String conversationId() {
    return conversationId;
  }

  public String reply() {
    return reply;
  }

  /** Seconds until the limit's window ends, at least one. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
