package com.shopassistant.it.gemini;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;

/**
 * The control API under {@code /_fake/}, for a fake running on its own (benchmarks, the evaluation
 * runner). No API key: the fake listens on 127.0.0.1 only.
 *
 * <pre>
 * POST   /_fake/reset              forget everything, end hangs              204
 * POST   /_fake/replies            enqueue a reply or an array of replies    204
 * POST   /_fake/rules              add a rule                                204
 * PUT    /_fake/default            the default reply                         204
 * PUT    /_fake/latency            {"ms": 200}                               204
 * PUT    /_fake/faults             {"rate", "mix", "seed"}                   204
 * PUT    /_fake/stream             {"chunks": 3, "delayMs": 0}               204
 * PUT    /_fake/cache-failures     {"status": 503, "times": 1}               204
 * GET    /_fake/requests           the recorded requests (?since=n: after n) 200
 * GET    /_fake/stats              {"received", "queued", "cachedContents"}  200
 * </pre>
 */
final class FakeControl {

  private final GeminiFake fake;

  FakeControl(GeminiFake fake) {
    this.fake = fake;
  }

  void handle(HttpExchange exchange) throws IOException {
    String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
    JsonStructure body;
    try {
      body = Exchanges.json(Exchanges.bodyText(exchange));
      if (!apply(route, body, exchange)) {
        Exchanges.sendError(exchange, 404, "The Gemini fake's control API has no " + route);
      }
    } catch (RuntimeException e) {
      Exchanges.sendError(exchange, 400, "Cannot apply " + route + ": " + e.getMessage());
    }
  }

  private boolean apply(String route, JsonStructure body, HttpExchange exchange)
      throws IOException {
    switch (route) {
      case "POST /_fake/reset" -> fake.reset();
      case "POST /_fake/replies" -> enqueue(body);
      case "POST /_fake/rules" -> fake.rule(FakeJson.rule(body.asJsonObject()));
      case "PUT /_fake/default" -> fake.defaultReply(FakeJson.reply(body.asJsonObject()));
      case "PUT /_fake/latency" ->
          fake.latency(Duration.ofMillis(body.asJsonObject().getJsonNumber("ms").longValue()));
      case "PUT /_fake/faults" -> fake.faults(FakeJson.faults(body.asJsonObject()));
      case "PUT /_fake/stream" -> stream(body.asJsonObject());
      case "PUT /_fake/cache-failures" ->
          fake.failCacheCalls(
              body.asJsonObject().getInt("status"), body.asJsonObject().getInt("times", 1));
      case "GET /_fake/requests" -> {
        Exchanges.send(exchange, 200, requests(exchange));
        return true;
      }
      case "GET /_fake/stats" -> {
        Exchanges.send(exchange, 200, stats());
        return true;
      }
      default -> {
        return false;
      }
    }
    Exchanges.sendNoContent(exchange);
    return true;
  }

  private void enqueue(JsonStructure body) {
    if (body.getValueType() == JsonValue.ValueType.ARRAY) {
      body.asJsonArray().forEach(reply -> fake.enqueue(FakeJson.reply(reply.asJsonObject())));
    } else {
      fake.enqueue(FakeJson.reply(body.asJsonObject()));
    }
  }

  private void stream(JsonObject settings) {
    if (settings.containsKey("chunks")) {
      fake.streamChunks(settings.getInt("chunks"));
    }
    if (settings.containsKey("delayMs")) {
      fake.streamChunkDelay(Duration.ofMillis(settings.getJsonNumber("delayMs").longValue()));
    }
  }

  private JsonValue requests(HttpExchange exchange) {
    String since = Exchanges.queryParameter(exchange, "since");
    long after = since == null ? 0 : Long.parseLong(since);
    JsonArrayBuilder list = Json.createArrayBuilder();
    fake.requests().stream()
        .filter(request -> request.sequence() > after)
        .forEach(request -> list.add(request.toJson()));
    return list.build();
  }

  private JsonObject stats() {
    return Json.createObjectBuilder()
        .add("received", fake.received())
        .add("queued", fake.queued())
        .add("cachedContents", fake.cachedContentCount())
        .build();
  }
}
