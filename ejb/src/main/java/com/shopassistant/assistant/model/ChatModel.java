package com.shopassistant.assistant.model;

import java.util.function.Consumer;

/** Something that answers a model call: the Gemini gateway or the offline assistant. */
public interface ChatModel {

  ModelReply generate(ModelRequest request) throws ModelCallException;

  /**
   * Like {@link #generate} but hands text to {@code textDeltas} as it arrives; the reply still
   * holds the whole text. The default streams the whole text at once.
   */
  default ModelReply stream(ModelRequest request, Consumer<String> textDeltas)
      throws ModelCallException {
    ModelReply reply = generate(request);
    if (!reply.text().isEmpty()) {
      textDeltas.accept(reply.text());
    }
    return reply;
  }
}
