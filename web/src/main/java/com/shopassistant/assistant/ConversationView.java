package com.shopassistant.assistant;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One of the caller's conversations with its messages. Roles: {@code user}, {@code assistant} (with
 * the tools it called, if any) and {@code tool} (the result the assistant saw).
 */
public record ConversationView(
    String id,
    String title,
    int turns,
    String language,
    String summary,
    ChatResponse.Pending pendingConfirmation,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    List<MessageView> messages) {

  /** A message of the conversation. */
  public record MessageView(
      int seq,
      String role,
      String text,
      String tool,
      List<String> toolCalls,
      Map<String, Object> result,
      String model,
      OffsetDateTime createdAt) {}

  /** A conversation in the list, without its messages. */
  public record Summary(String id, String title, int turns, OffsetDateTime updatedAt) {}
}
