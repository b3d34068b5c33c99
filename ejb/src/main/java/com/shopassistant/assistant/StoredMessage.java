package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.usage.TokenEstimate;

/**
 * A message as stored, with its number and its estimated size.
 *
 * @param seq its number in the conversation
 * @param message the message as the models see it
 * @param tokens its estimated tokens (text, calls and tool results)
 */
public record StoredMessage(int seq, ModelMessage message, int tokens) {

  public static StoredMessage of(int seq, ModelMessage message) {
    int tokens = TokenEstimate.of(message.text());
    if (!message.calls().isEmpty()) {
      tokens += TokenEstimate.of(AssistantJson.write(message.calls()));
    }
    if (message.role() == ModelMessage.Role.TOOL) {
      tokens += TokenEstimate.of(AssistantJson.write(message.response()));
    }
    return new StoredMessage(seq, message, tokens);
  }

  /** A row of the conversation as the models see it. */
  public static StoredMessage of(ChatMessage row) {
    ModelMessage message =
        switch (row.getRole()) {
          case USER, SYSTEM -> ModelMessage.user(row.getContent());
          case MODEL ->
              ModelMessage.model(
                  row.getContent(),
                  AssistantJson.readCalls(row.getCallsJson()),
                  row.getVendorJson());
          case TOOL ->
              ModelMessage.tool(row.getToolName(), AssistantJson.readMap(row.getContent()));
        };
    return of(row.getSeq(), message);
  }

  /** A message of the chat itself: the customer's, or the assistant's text without tool calls. */
  public boolean chat() {
    return switch (message.role()) {
      case USER -> true;
      case MODEL -> message.calls().isEmpty() && !message.text().isBlank();
      case TOOL -> false;
    };
  }
}
