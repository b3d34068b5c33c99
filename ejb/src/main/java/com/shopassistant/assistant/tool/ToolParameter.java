package com.shopassistant.assistant.tool;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of a tool, as a small JSON-schema node: the gateway turns it into the SDK's {@code
 * Schema}, the prompt-size gate counts it, the offline assistant reads it.
 *
 * @param name the argument's name (snake_case)
 * @param type its JSON type
 * @param description what the model should put there, in one short sentence
 * @param required whether a call must carry it
 * @param allowed the only values allowed (strings), empty when any value goes
 * @param items the element schema of an ARRAY, else null
 * @param properties the fields of an OBJECT, else empty
 */
public record ToolParameter(
    String name,
    Type type,
    String description,
    boolean required,
    List<String> allowed,
    ToolParameter items,
    List<ToolParameter> properties) {

  /** JSON-schema types the Gemini API accepts in function declarations. */
  public enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    ARRAY,
    OBJECT
  }

  public ToolParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
    allowed = allowed == null ? List.of() : List.copyOf(allowed);
    properties = properties == null ? List.of() : List.copyOf(properties);
    if (type == Type.ARRAY && items == null) {
      throw new IllegalArgumentException("array parameter " + name + " needs an item schema");
    }
  }

  public static ToolParameter required(String name, Type type, String description) {
    return new ToolParameter(name, type, description, true, List.of(), null, List.of());
  }

  public static ToolParameter optional(String name, Type type, String description) {
    return new ToolParameter(name, type, description, false, List.of(), null, List.of());
  }

  public static ToolParameter oneOf(
      String name, boolean required, String description, List<String> allowed) {
    return new ToolParameter(name, Type.STRING, description, required, allowed, null, List.of());
  }

  public static ToolParameter arrayOf(
      String name, boolean required, String description, ToolParameter items) {
    return new ToolParameter(name, Type.ARRAY, description, required, List.of(), items, List.of());
  }

  public static ToolParameter object(
      String name, boolean required, String description, List<ToolParameter> properties) {
    return new ToolParameter(name, Type.OBJECT, description, required, List.of(), null, properties);
  }
}
