package com.shopassistant.it.gemini;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;

/**
 * One request the fake received, as tests assert on it.
 *
 * @param sequence its number, from 1, in order of arrival since the last reset
 * @param method GET, POST, PATCH or DELETE
 * @param path the path without the query, e.g. {@code
 *     /v1beta/models/gemini-2.5-flash:generateContent}
 * @param query the query string, or empty
 * @param model the model named in the path, or null (cachedContents calls)
 * @param action generateContent, streamGenerateContent, countTokens, cachedContents
 * @param headers the headers, names in lower case; the API key's value is replaced by {@value
 *     #REDACTED}
 * @param body the JSON body (an empty object when there was none)
 * @param receivedAt when it arrived
 */
public record RecordedRequest(
    long sequence,
    String method,
    String path,
    String query,
    String model,
    String action,
    Map<String, String> headers,
    JsonObject body,
    Instant receivedAt) {

  public static final String REDACTED = "<redacted>";

  public RecordedRequest {
    headers = Map.copyOf(headers);
    body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
  }

  public JsonArray contents() {
    return body.containsKey("contents")
        ? body.getJsonArray("contents")
        : JsonValue.EMPTY_JSON_ARRAY;
  }

  public boolean hasTools() {
    return body.containsKey("tools");
  }

  public boolean hasSystemInstruction() {
    return body.containsKey("systemInstruction");
  }

  /** The {@code cachedContent} name the request refers to, or null. */
  public String cachedContent() {
    return body.containsKey("cachedContent") ? body.getString("cachedContent") : null;
  }

  /** The text parts of the last user content that has text, joined; empty when there is none. */
  public String lastUserText() {
    JsonArray contents = contents();
    for (int i = contents.size() - 1; i >= 0; i--) {
      JsonObject content = contents.getJsonObject(i);
      if (!"model".equals(content.getString("role", "user"))) {
        String text = texts(content);
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  /** The tool name of the request's last part if it is a functionResponse, else null. */
  /**
   * The {@code response} of the latest function response of tool {@code name} anywhere in the
   * request's contents, or null: how a scripted reply reads what a tool answered earlier.
   */
  public JsonObject latestFunctionResponse(String name) {
    JsonArray contents = contents();
    for (int i = contents.size() - 1; i >= 0; i--) {
      JsonArray parts = parts(contents.getJsonObject(i));
      for (int j = parts.size() - 1; j >= 0; j--) {
        JsonObject part = parts.getJsonObject(j);
        if (part.containsKey("functionResponse")
            && name.equals(part.getJsonObject("functionResponse").getString("name", null))) {
          JsonObject response = part.getJsonObject("functionResponse");
          return response.containsKey("response") ? response.getJsonObject("response") : null;
        }
      }
    }
    return null;
  }

  public String lastFunctionResponseName() {
    JsonArray contents = contents();
    if (contents.isEmpty()) {
      return null;
    }
    JsonArray parts = parts(contents.getJsonObject(contents.size() - 1));
    if (parts.isEmpty()) {
      return null;
    }
    JsonObject last = parts.getJsonObject(parts.size() - 1);
    return last.containsKey("functionResponse")
        ? last.getJsonObject("functionResponse").getString("name", null)
        : null;
  }

  /** As JSON, for the control API. */
  public JsonObject toJson() {
    JsonObjectBuilder headerJson = Json.createObjectBuilder();
    headers.forEach(headerJson::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("sequence", sequence)
            .add("method", method)
            .add("path", path)
            .add("query", query)
            .add("action", action)
            .add("headers", headerJson)
            .add("body", body)
            .add("receivedAt", receivedAt.toString());
    if (model != null) {
      json.add("model", model);
    }
    return json.build();
  }

  static String texts(JsonObject content) {
    StringBuilder text = new StringBuilder();
    for (JsonValue part : parts(content)) {
      JsonObject p = part.asJsonObject();
      if (p.containsKey("text") && !p.getBoolean("thought", false)) {
        text.append(p.getString("text"));
      }
    }
    return text.toString();
  }

  static JsonArray parts(JsonObject content) {
    return content.containsKey("parts")
        ? content.getJsonArray("parts")
        : JsonValue.EMPTY_JSON_ARRAY;
  }
}
