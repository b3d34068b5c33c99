package com.shopassistant.assistant.model;

import com.shopassistant.assistant.tool.ToolDeclaration;
import java.util.List;
import java.util.Objects;

/**
 * One model call of a turn.
 *
 * @param model the model name chosen by the router (e.g. gemini-2.5-flash)
 * @param systemPrompt the instructions (the same text for every call: it is what gets cached)
 * @param summary the stored summary of older turns, or null
 * @param history the trimmed history, oldest first, ending with this turn's messages
 * @param tools the tools the model may call
 * @param language "en" or "id", the customer's language as far as it is known
 */
public record ModelRequest(
    String model,
    String systemPrompt,
    String summary,
    List<ModelMessage> history,
    List<ToolDeclaration> tools,
    String language) {

  public ModelRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(systemPrompt, "systemPrompt");
    history = List.copyOf(history);
    tools = tools == null ? List.of() : List.copyOf(tools);
    language = "id".equals(language) ? "id" : "en";
  }

  public ModelRequest withModel(String otherModel) {
    return new ModelRequest(otherModel, systemPrompt, summary, history, tools, language);
  }

  /** The customer's latest message, the one this turn answers. */
  public String lastUserText() {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).role() == ModelMessage.Role.USER) {
        return history.get(i).text();
      }
    }
    return "";
  }
}
