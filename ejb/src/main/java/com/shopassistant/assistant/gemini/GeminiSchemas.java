package com.shopassistant.assistant.gemini;

import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.Schema;
import com.google.genai.types.Tool;
import com.google.genai.types.Type;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolParameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tool catalogue as Gemini function declarations: one {@link Tool} holding them all. */
final class GeminiSchemas {

  private GeminiSchemas() {}

  /** One tool with every declaration, or none when there are no tools. */
  static List<Tool> tools(List<ToolDeclaration> declarations) {
    if (declarations.isEmpty()) {
      return List.of();
    }
    return List.of(
        Tool.builder()
            .functionDeclarations(declarations.stream().map(GeminiSchemas::declaration).toList())
            .build());
  }

  /**
   * A function declaration. A tool without parameters gets no parameter schema at all: Gemini
   * refuses an OBJECT schema whose properties are empty.
   */
  static FunctionDeclaration declaration(ToolDeclaration tool) {
    FunctionDeclaration.Builder declaration =
        FunctionDeclaration.builder().name(tool.name()).description(tool.description());
    if (!tool.parameters().isEmpty()) {
      declaration.parameters(object(tool.parameters(), null));
    }
    return declaration.build();
  }

  static Schema schema(ToolParameter parameter) {
    if (parameter.type() == ToolParameter.Type.OBJECT) {
      return object(parameter.properties(), parameter.description());
    }
    Schema.Builder schema = Schema.builder().type(type(parameter.type()));
    if (!parameter.description().isEmpty()) {
      schema.description(parameter.description());
    }
    if (!parameter.allowed().isEmpty()) {
      schema.enum_(parameter.allowed());
    }
    if (parameter.type() == ToolParameter.Type.ARRAY) {
      schema.items(schema(parameter.items()));
    }
    return schema.build();
  }

  private static Schema object(List<ToolParameter> properties, String description) {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    properties.forEach(property -> schemas.put(property.name(), schema(property)));
    Schema.Builder object = Schema.builder().type(Type.Known.OBJECT).properties(schemas);
    List<String> required =
        properties.stream().filter(ToolParameter::required).map(ToolParameter::name).toList();
    if (!required.isEmpty()) {
      object.required(required);
    }
    if (description != null && !description.isEmpty()) {
      object.description(description);
    }
    return object.build();
  }

  private static Type.Known type(ToolParameter.Type type) {
    return switch (type) {
      case STRING -> Type.Known.STRING;
      case INTEGER -> Type.Known.INTEGER;
      case NUMBER -> Type.Known.NUMBER;
      case BOOLEAN -> Type.Known.BOOLEAN;
      case ARRAY -> Type.Known.ARRAY;
      case OBJECT -> Type.Known.OBJECT;
    };
  }
}
