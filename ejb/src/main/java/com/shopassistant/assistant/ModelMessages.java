package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelMessage;
import java.util.List;

/** Conversions between stored and model messages. */
final class ModelMessages {

  private ModelMessages() {}

  static List<ModelMessage> of(List<StoredMessage> stored) {
    return stored.stream().map(StoredMessage::message).toList();
  }
}
