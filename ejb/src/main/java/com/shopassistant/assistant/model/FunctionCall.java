package com.shopassistant.assistant.model;

import java.util.Map;
import java.util.Objects;

/**
 * A model's request to run a tool.
 *
 * @param id the call id the model gave (may be null; Gemini's Developer API often sends none)
 * @param name the tool's name
 * @param args the arguments as JSON values
 */
public record FunctionCall(String id, String name, Map<String, Object> args) {

  public FunctionCall {
    Objects.requireNonNull(name, "name");
    args = args == null ? Map.of() : args;
  }
}
