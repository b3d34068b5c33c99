package com.shopassistant.it.gemini;

import com.shopassistant.it.gemini.FakeResponses.PromptCount;
import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1beta/models/{model}:generateContent}, {@code :streamGenerateContent?alt=sse} and
 * {@code :countTokens}. Refuses, as Gemini does, a request that names a cached content together
 * with {@code tools}, {@code systemInstruction} or {@code toolConfig}, one whose cached content is
 * unknown or expired, or one for another model than the cache's.
 */
final class ModelCallHandler {

  static final String CACHE_CONFLICT =
      "CachedContent can not be used with GenerateContent request setting system_instruction,"
          + " tools or tool_config.\n\nProposed fix: move those values to CachedContent from"
          + " GenerateContent request.";

  private final GeminiFake fake;

  ModelCallHandler(GeminiFake fake) {
    this.fake = fake;
  }

  void handle(HttpExchange exchange, RecordedRequest request) throws IOException {
    JsonObject body = request.body();
    if ("countTokens".equals(request.action())) {
      JsonObject counted =
          body.containsKey("generateContentRequest")
              ? body.getJsonObject("generateContentRequest")
              : body;
      Optional<PromptCount> prompt = prompt(exchange, request.model(), counted);
      if (prompt.isPresent()) {
        Exchanges.send(exchange, 200, FakeResponses.countTokens(prompt.get()));
      }
      return;
    }
    Optional<PromptCount> prompt = prompt(exchange, request.model(), body);
    if (prompt.isEmpty()) {
      return;
    }
    FakeReply reply = fake.script().choose(request);
    // The answer is ready before the wait, and the wait counts from the request's arrival: the
    // fake's own work (parsing, rules, tokens) is part of the latency, not added to it.
    Duration wait = fake.script().latency().plus(reply.delay());
    if (reply.hangs()) {
      fake.pause(wait);
      fake.hang();
      return;
    }
    if (reply.isError()) {
      waitFromArrival(exchange, wait);
      Exchanges.sendError(exchange, reply.status(), reply.errorMessage());
    } else if ("streamGenerateContent".equals(request.action())) {
      List<JsonObject> chunks =
          FakeResponses.chunks(reply, request.model(), prompt.get(), fake.streamChunks());
      waitFromArrival(exchange, wait);
      Exchanges.sendEvents(exchange, chunks, () -> fake.pause(fake.streamChunkDelay()));
    } else {
      JsonObject complete = FakeResponses.complete(reply, request.model(), prompt.get());
      waitFromArrival(exchange, wait);
      Exchanges.send(exchange, 200, complete);
    }
  }

  private void waitFromArrival(HttpExchange exchange, Duration wait) {
    Object arrived = exchange.getAttribute(FakeRouter.ARRIVED);
    Duration spent =
        arrived instanceof Long nanos ? Duration.ofNanos(System.nanoTime() - nanos) : Duration.ZERO;
    fake.pause(wait.minus(spent));
  }

  /** The prompt's tokens, or empty after answering an error about its cached content. */
  private Optional<PromptCount> prompt(HttpExchange exchange, String model, JsonObject body)
      throws IOException {
    int own = FakeTokens.ofPrompt(body);
    if (!body.containsKey("cachedContent")) {
      return Optional.of(new PromptCount(own, 0));
    }
    if (body.containsKey("tools")
        || body.containsKey("systemInstruction")
        || body.containsKey("toolConfig")) {
      Exchanges.sendError(exchange, 400, CACHE_CONFLICT);
      return Optional.empty();
    }
    Optional<CachedContents.Entry> cached = fake.caches().get(body.getString("cachedContent"));
    if (cached.isEmpty()) {
      Exchanges.sendError(exchange, 403, "CachedContent not found (or permission denied)");
      return Optional.empty();
    }
    String cacheModel = cached.get().model();
    if (!cacheModel.equals("models/" + model)) {
      Exchanges.sendError(
          exchange,
          400,
          "Model used by GenerateContent request (models/"
              + model
              + ") and CachedContent ("
              + cacheModel
              + ") has to be the same.");
      return Optional.empty();
    }
    int cachedTokens = cached.get().tokens();
    return Optional.of(new PromptCount(own + cachedTokens, cachedTokens));
  }
}
