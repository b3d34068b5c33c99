package com.shopassistant.assistant.tool;

import java.util.List;
import java.util.Objects;

/**
 * What the model is told about a tool: its name, what it does, its parameters.
 *
 * @param name the function name the model calls (snake_case, unique in the registry)
 * @param description one or two sentences: when to use it, what it returns
 * @param parameters its arguments, in the order shown to the model
 */
public record ToolDeclaration(String name, String description, List<ToolParameter> parameters) {

  public ToolDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
  }
}
