package com.shopassistant.it.gemini;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading and answering the fake's HTTP exchanges. */
final class Exchanges {

  static final String API_KEY_HEADER = "x-goog-api-key";

  private Exchanges() {}

  static String bodyText(HttpExchange exchange) throws IOException {
    return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** The body as JSON: an empty object when there is none. */
  static JsonStructure json(String text) {
    if (text.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }

  static JsonObject jsonObject(String text) {
    JsonStructure json = json(text);
    if (!(json instanceof JsonObject object)) {
      throw new IllegalArgumentException("a JSON object was expected");
    }
    return object;
  }

  /** The headers, names in lower case, the API key's value replaced. */
  static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              headers.put(
                  lower,
                  API_KEY_HEADER.equals(lower)
                      ? RecordedRequest.REDACTED
                      : String.join(",", values));
            });
    return headers;
  }

  static String query(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    return query == null ? "" : query;
  }

  /** A query parameter's value (undecoded), or null. */
  static String queryParameter(HttpExchange exchange, String name) {
    for (String pair : query(exchange).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return pair.substring(eq + 1);
      }
    }
    return null;
  }

  static void send(HttpExchange exchange, int status, JsonValue json) throws IOException {
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void sendNoContent(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(204, -1);
  }

  static void sendError(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, FakeResponses.error(status, message));
  }

  /** Server-sent events, one {@code data:} line and a blank line per chunk, flushed each. */
  static void sendEvents(HttpExchange exchange, List<JsonObject> chunks, Pause pauseBetween)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < chunks.size(); i++) {
        if (i > 0) {
          pauseBetween.pause();
        }
        out.write(("data: " + chunks.get(i) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    }
  }

  /** A wait between two stream chunks. */
  @FunctionalInterface
  interface Pause {
    void pause();
  }
}
