package com.shopassistant.assistant.tool;

import com.shopassistant.usage.TokenEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tool declarations as the model receives them, in the shape of Gemini's {@code
 * functionDeclarations} ({@code name}, {@code description}, {@code parameters} as an OBJECT schema
 * with {@code properties} and {@code required}), rendered deterministically. The prompt-size gates
 * measure this text with {@link TokenEstimate}; empty descriptions and empty parameter lists are
 * left out, as the gateway leaves them out of the request.
 */
public final class ToolDeclarationsJson {

  private ToolDeclarationsJson() {}

  /** The declarations as one JSON array, in the order given. */
  public static String render(List<ToolDeclaration> declarations) {
    List<Object> functions = new ArrayList<>();
    for (ToolDeclaration declaration : declarations) {
      functions.add(function(declaration));
    }
    return ToolJson.write(functions);
  }

  /** What the declarations cost in the prompt, by the project's one token rule. */
  public static int tokens(List<ToolDeclaration> declarations) {
    return TokenEstimate.of(render(declarations));
  }

  private static Map<String, Object> function(ToolDeclaration declaration) {
    Map<String, Object> function = new LinkedHashMap<>();
    function.put("name", declaration.name());
    function.put("description", declaration.description());
    if (!declaration.parameters().isEmpty()) {
      function.put("parameters", object(declaration.parameters()));
    }
    return function;
  }

  private static Map<String, Object> object(List<ToolParameter> fields) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", ToolParameter.Type.OBJECT.name());
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (ToolParameter field : fields) {
      properties.put(field.name(), schema(field));
      if (field.required()) {
        required.add(field.name());
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return schema;
  }

  private static Map<String, Object> schema(ToolParameter parameter) {
    if (parameter.type() == ToolParameter.Type.OBJECT) {
      Map<String, Object> schema = object(parameter.properties());
      describe(schema, parameter);
      return schema;
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", parameter.type().name());
    describe(schema, parameter);
    if (!parameter.allowed().isEmpty()) {
      schema.put("enum", parameter.allowed());
    }
    if (parameter.items() != null) {
      schema.put("items", schema(parameter.items()));
    }
    return schema;
  }

  private static void describe(Map<String, Object> schema, ToolParameter parameter) {
    if (!parameter.description().isBlank()) {
      schema.put("description", parameter.description());
    }
  }
}
