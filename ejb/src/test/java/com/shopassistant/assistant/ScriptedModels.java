package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.ModelRatePermit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Answers from a script and remembers what it was asked. */
final class ScriptedModels extends AssistantModels {
  final Deque<ModelReply> script = new ArrayDeque<>();
  final List<ModelRequest> requests = new ArrayList<>();

  @Override
  public ModelReply answer(ModelRequest request, Consumer<String> deltas, ModelRatePermit counted) {
    requests.add(request);
    ModelReply reply = script.removeFirst();
    if (deltas != null && !reply.text().isEmpty()) {
      deltas.accept(reply.text());
    }
    return reply;
  }
}
