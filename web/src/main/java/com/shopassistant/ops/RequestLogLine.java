package com.shopassistant.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one request's log line, by the name Liberty's JSON log gives them once {@code
 * server.xml}'s {@code jsonFieldMappings} renamed them. Liberty writes each {@code
 * LogRecordContext} extension {@code k} as {@code ext_k}, typed by a suffix ({@code _int}, {@code
 * _long}: a JSON number instead of a string); the mapping turns {@code ext_k} into the name here.
 * {@link #FIELDS} is that table, and the mapping in {@code server.xml} must list every row of it.
 *
 * <p>Only ids, the route template, numbers and the trace: never a message text, a token, a
 * password, an API key or a header value other than the trace id.
 */
public record RequestLogLine(
    String service,
    String loggingTrace,
    String traceId,
    String userId,
    String sessionId,
    String endpoint,
    String method,
    int status,
    long latencyMs,
    Long geminiInputTokens,
    Long geminiOutputTokens) {

  /** JSON field name → the extension key that becomes it (its {@code ext_} name without ext_). */
  public static final Map<String, String> FIELDS = fields();

  private static Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("service", "service");
    fields.put("logging.googleapis.com/trace", "trace");
    fields.put("trace_id", "trace_id");
    fields.put("user_id", "user_id");
    fields.put("session_id", "session_id");
    fields.put("endpoint", "endpoint");
    fields.put("method", "method");
    fields.put("status", "status_int");
    fields.put("latency_ms", "latency_ms_long");
    fields.put("gemini_tokens_input", "gemini_tokens_input_long");
    fields.put("gemini_tokens_output", "gemini_tokens_output_long");
    return Collections.unmodifiableMap(fields);
  }

  /** JSON field name → value, without the fields this request has no value for. */
  public Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("service", service);
    values.put("logging.googleapis.com/trace", loggingTrace);
    values.put("trace_id", traceId);
    values.put("user_id", userId);
    values.put("session_id", sessionId);
    values.put("endpoint", endpoint);
    values.put("method", method);
    values.put("status", status);
    values.put("latency_ms", latencyMs);
    values.put("gemini_tokens_input", geminiInputTokens);
    values.put("gemini_tokens_output", geminiOutputTokens);
    values.values().removeIf(value -> value == null);
    return values;
  }

  /** Extension key → value as a string, what {@code LogRecordContext} takes. */
  public Map<String, String> extensions() {
    Map<String, String> extensions = new LinkedHashMap<>();
    values().forEach((field, value) -> extensions.put(FIELDS.get(field), String.valueOf(value)));
    return extensions;
  }

  /** The line's {@code message}: readable on its own, with nothing a customer wrote. */
  public String message() {
    return method + " " + endpoint + " " + status + " " + latencyMs + " ms";
  }

  /** The {@code jsonFieldMappings} entries that turn the extensions into {@link #FIELDS}. */
  public static String jsonFieldMappings() {
    StringBuilder mappings = new StringBuilder();
    FIELDS.forEach(
        (field, key) ->
            mappings.append(mappings.length() == 0 ? "" : ",").append("ext_" + key + ":" + field));
    return mappings.toString();
  }
}
