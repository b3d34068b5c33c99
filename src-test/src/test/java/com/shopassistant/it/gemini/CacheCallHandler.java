package com.shopassistant.it.gemini;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /v1beta/cachedContents}: create (POST), list (GET) and, with an id, get (GET), update
 * (PATCH: ttl or expireTime) and delete (DELETE). A scripted cache failure answers any of them.
 */
final class CacheCallHandler {

  private static final String PREFIX = "/v1beta/cachedContents";

  private final GeminiFake fake;

  CacheCallHandler(GeminiFake fake) {
    this.fake = fake;
  }

  void handle(HttpExchange exchange, RecordedRequest request) throws IOException {
    int failure = fake.takeCacheFailure();
    if (failure > 0) {
      Exchanges.sendError(exchange, failure, null);
      return;
    }
    String rest = request.path().substring(PREFIX.length());
    String method = request.method();
    if (rest.isEmpty() || "/".equals(rest)) {
      if ("POST".equals(method)) {
        JsonObject body = request.body();
        if (!body.containsKey("model")) {
          Exchanges.sendError(exchange, 400, "A cached content needs a model.");
          return;
        }
        Exchanges.send(exchange, 200, fake.caches().create(body).toJson());
      } else if ("GET".equals(method)) {
        Exchanges.send(exchange, 200, fake.caches().list());
      } else {
        Exchanges.sendError(exchange, 405, "Method not allowed: " + method);
      }
      return;
    }
    String name = "cachedContents" + rest;
    if ("DELETE".equals(method)) {
      if (fake.caches().delete(name)) {
        Exchanges.send(exchange, 200, JsonValue.EMPTY_JSON_OBJECT);
      } else {
        Exchanges.sendError(exchange, 404, "CachedContent not found: " + name);
      }
      return;
    }
    Optional<CachedContents.Entry> answer =
        switch (method) {
          case "GET" -> fake.caches().get(name);
          case "PATCH" -> fake.caches().update(name, request.body());
          default -> Optional.empty();
        };
    if (answer.isPresent()) {
      Exchanges.send(exchange, 200, answer.get().toJson());
    } else {
      Exchanges.sendError(exchange, 404, "CachedContent not found: " + name);
    }
  }
}
