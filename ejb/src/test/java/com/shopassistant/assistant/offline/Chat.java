package com.shopassistant.assistant.offline;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a request history the way the chat loop does: user, model calls, tool results, text. */
final class Chat {

  private final List<ModelMessage> history = new ArrayList<>();
  private int ids;

  static Chat start() {
    return new Chat();
  }

  Chat user(String text) {
    history.add(ModelMessage.user(text));
    return this;
  }

  /** A model call and the tool's result, as one step of a turn. */
  Chat called(String tool, Map<String, Object> args, Map<String, Object> result) {
    history.add(ModelMessage.model("", List.of(new FunctionCall("c" + ++ids, tool, args)), null));
    history.add(ModelMessage.tool(tool, result));
    return this;
  }

  Chat model(String text) {
    history.add(ModelMessage.model(text, List.of(), null));
    return this;
  }

  Chat append(ModelMessage message) {
    history.add(message);
    return this;
  }

  List<ModelMessage> history() {
    return List.copyOf(history);
  }

  ModelRequest request() {
    return request("en");
  }

  ModelRequest request(String language) {
    return new ModelRequest("offline", "system", null, history, List.of(), language);
  }
}
