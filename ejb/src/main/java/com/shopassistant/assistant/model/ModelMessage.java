package com.shopassistant.assistant.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the history sent to a model.
 *
 * <ul>
 *   <li>USER: {@code text} is what the customer wrote.
 *   <li>MODEL: {@code text} and/or {@code calls}; {@code vendorJson} is the model's own content
 *       JSON, sent back unchanged (Gemini's parts can carry a thought signature that must return).
 *   <li>TOOL: the response of tool {@code toolName}: {@code response}.
 * </ul>
 */
public record ModelMessage(
    Role role,
    String text,
    List<FunctionCall> calls,
    String toolName,
    Map<String, Object> response,
    String vendorJson) {

  /** Who said it. */
  public enum Role {
    USER,
    MODEL,
    TOOL
  }

  public ModelMessage {
    Objects.requireNonNull(role, "role");
    text = text == null ? "" : text;
    calls = calls == null ? List.of() : List.copyOf(calls);
    response = response == null ? Map.of() : response;
  }

  public static ModelMessage user(String text) {
    return new ModelMessage(Role.USER, text, List.of(), null, null, null);
  }

  public static ModelMessage model(String text, List<FunctionCall> calls, String vendorJson) {
    return new ModelMessage(Role.MODEL, text, calls, null, null, vendorJson);
  }

  public static ModelMessage tool(String toolName, Map<String, Object> response) {
    return new ModelMessage(
        Role.TOOL, "", List.of(), Objects.requireNonNull(toolName), response, null);
  }
}
