package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The chat endpoints as one customer calls them, without assumptions about the answer: the tests of
 * faults, routing, streaming and isolation look at status codes, headers and raw events. (ChatCalls
 * is the happy-path conversation of ChatFlowIT.)
 */
final class ChatApi {

  /** One server-sent event: its name and its data, which the chat API always writes as JSON. */
  record Event(String name, JsonObject data) {}

  /**
   * A streamed answer.
   *
   * @param response the HTTP answer, its body read to the end
   * @param events the events in the order they came (none unless the status is 200)
   */
  record Stream(HttpResponse<String> response, List<Event> events) {

    int status() {
      return response.statusCode();
    }

    String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    String body() {
      return response.body();
    }

    List<String> names() {
      return events.stream().map(Event::name).toList();
    }

    /** The data of the only event of this name; fails if there is not exactly one. */
    JsonObject only(String name) {
      List<Event> named = events.stream().filter(e -> e.name().equals(name)).toList();
      assertThat(named).as("events named %s in %s", name, names()).hasSize(1);
      return named.get(0).data();
    }
  }

  private static final Duration STREAM_TIMEOUT = Duration.ofSeconds(60);

  private final ApiSession session;

  ChatApi(ApiSession session) {
    this.session = session;
  }

  static ChatApi guest(URL deployment) throws Exception {
    return new ChatApi(ApiSession.guest(deployment));
  }

  ApiSession session() {
    return session;
  }

  /** {@code POST /api/v1/chat} as it is answered. */
  HttpResponse<String> post(String conversationId, String message) throws Exception {
    return session.post("api/v1/chat", body(conversationId, message));
  }

  /** {@code POST /api/v1/chat}; fails the test unless the answer is a 200. */
  JsonObject say(String conversationId, String message) throws Exception {
    HttpResponse<String> answer = post(conversationId, message);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }

  /** {@code GET /api/v1/conversations/{id}} as it is answered. */
  HttpResponse<String> conversation(String id) throws Exception {
    return session.get("api/v1/conversations/" + id);
  }

  /** {@code POST /api/v1/chat/stream}, read to its end. */
  Stream stream(String conversationId, String message) throws Exception {
    return stream(session.accessToken(), conversationId, message);
  }

  /** The same with any bearer token, or none when {@code token} is null. */
  Stream stream(String token, String conversationId, String message) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(HttpClients.under(session.deployment(), "api/v1/chat/stream")))
            .timeout(STREAM_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(body(conversationId, message)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer = HttpClients.send(request.build());
    return new Stream(answer, answer.statusCode() == 200 ? events(answer.body()) : List.of());
  }

  static String body(String conversationId, String message) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (conversationId != null) {
      body.add("conversationId", conversationId);
    }
    if (message != null) {
      body.add("message", message);
    }
    return body.build().toString();
  }

  /** Parses {@code text/event-stream}: blocks separated by blank lines, event and data fields. */
  static List<Event> events(String body) {
    List<Event> events = new ArrayList<>();
    String name = "message";
    StringBuilder data = new StringBuilder();
    for (String line : (body + "\n\n").split("\r?\n", -1)) {
      if (line.isEmpty()) {
        if (data.length() > 0) {
          events.add(new Event(name, json(data.toString())));
        }
        name = "message";
        data.setLength(0);
      } else if (line.startsWith("event:")) {
        name = line.substring("event:".length()).strip();
      } else if (line.startsWith("data:")) {
        if (data.length() > 0) {
          data.append('\n');
        }
        data.append(line.substring("data:".length()).stripLeading());
      }
    }
    return events;
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
