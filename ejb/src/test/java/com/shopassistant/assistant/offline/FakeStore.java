package com.shopassistant.assistant.offline;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plays the chat loop against the offline assistant with canned tool results: each call gets the
 * answer registered for its tool (by name, or by a function of its arguments), is appended to the
 * history with its result, and the assistant is asked again until it answers with text.
 */
final class FakeStore {

  /** What one turn did: the calls in order and the final text. */
  record TurnResult(List<FunctionCall> calls, String text, List<ModelMessage> history) {

    List<String> tools() {
      return calls.stream().map(FunctionCall::name).toList();
    }

    FunctionCall call(String tool) {
      return calls.stream().filter(c -> c.name().equals(tool)).findFirst().orElseThrow();
    }
  }

  private static final int LOOP_CAP = 8;

  private final Map<String, Function<Map<String, Object>, Map<String, Object>>> answers =
      new HashMap<>();
  private final OfflineAssistant assistant = new OfflineAssistant();

  FakeStore answer(String tool, Map<String, Object> result) {
    answers.put(tool, args -> result);
    return this;
  }

  FakeStore answer(String tool, Function<Map<String, Object>, Map<String, Object>> result) {
    answers.put(tool, result);
    return this;
  }

  TurnResult turn(Chat chat, String message) {
    chat.user(message);
    List<FunctionCall> calls = new ArrayList<>();
    for (int i = 0; i < LOOP_CAP; i++) {
      ModelReply reply = assistant.generate(chat.request());
      if (!reply.callsTools()) {
        chat.model(reply.text());
        return new TurnResult(calls, reply.text(), chat.history());
      }
      chat.append(reply.asMessage());
      for (FunctionCall call : reply.calls()) {
        calls.add(call);
        Function<Map<String, Object>, Map<String, Object>> answer = answers.get(call.name());
        if (answer == null) {
          throw new AssertionError("unexpected call " + call.name() + " " + call.args());
        }
        chat.append(ModelMessage.tool(call.name(), answer.apply(call.args())));
      }
    }
    throw new AssertionError("no final text after " + LOOP_CAP + " calls: " + calls);
  }
}
