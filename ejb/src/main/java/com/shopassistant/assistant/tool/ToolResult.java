package com.shopassistant.assistant.tool;

import java.util.Map;
import java.util.Objects;

/**
 * What a tool answers. {@code data} goes back to the model as the function response: already
 * compressed (essential fields, lists of at most 10, booleans where enough). {@code summary} is the
 * short line the chat API lists under {@code toolCalls}.
 *
 * @param tool the tool's name
 * @param ok false when the store refused or the arguments were wrong
 * @param data the function response (JSON-compatible: maps, lists, strings, numbers, booleans)
 * @param summary a short description of the outcome for people
 * @param pending the write waiting for the customer's confirmation, if the tool quoted one
 */
public record ToolResult(
    String tool, boolean ok, Map<String, Object> data, String summary, PendingAction pending) {

  public ToolResult {
    Objects.requireNonNull(tool, "tool");
    data = data == null ? Map.of() : data;
    summary = summary == null ? "" : summary;
  }

  public static ToolResult ok(String tool, Map<String, Object> data, String summary) {
    return new ToolResult(tool, true, data, summary, null);
  }

  public static ToolResult pending(
      String tool, Map<String, Object> data, String summary, PendingAction pending) {
    return new ToolResult(tool, true, data, summary, Objects.requireNonNull(pending, "pending"));
  }

  /**
   * A refusal: {@code error} is a stable slug (the same as the REST API's problem type, e.g. {@code
   * out-of-stock}), {@code detail} the store's message for people.
   */
  public static ToolResult error(String tool, String error, String detail) {
    return new ToolResult(
        tool, false, Map.of("error", error, "detail", detail), error + ": " + detail, null);
  }
}
