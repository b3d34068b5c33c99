package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.PendingAction;

/** Hears a turn as it happens, for streamed answers; every method may be left out. */
public interface ChatListener {

  ChatListener NONE = new ChatListener() {};

  /** The conversation's id, known before anything else. */
  default void started(String conversationId) {}

  default void text(String delta) {}

  default void toolCall(ToolCallView call) {}

  default void pending(PendingAction pending) {}

  /** Whether text should be streamed from the model as it comes. */
  default boolean streaming() {
    return false;
  }
}
