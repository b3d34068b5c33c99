package com.shopassistant.it.gemini;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes the fake's exchanges: {@code /_fake/} to the control API, {@code /v1beta/...} (after
 * recording the request and checking the API key) to the model or cache calls. Any failure is
 * answered 500 and logged; it never takes the server down.
 */
final class FakeRouter implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(FakeRouter.class.getName());
  private static final String MODELS = "/v1beta/models/";

  /** When the exchange reached the fake ({@link System#nanoTime()}), as an exchange attribute. */
  static final String ARRIVED = "gemini-fake.arrived";

  private final GeminiFake fake;
  private final String apiKey;
  private final ModelCallHandler modelCalls;
  private final CacheCallHandler cacheCalls;
  private final FakeControl control;

  FakeRouter(GeminiFake fake, String apiKey) {
    this.fake = fake;
    this.apiKey = apiKey;
    this.modelCalls = new ModelCallHandler(fake);
    this.cacheCalls = new CacheCallHandler(fake);
    this.control = new FakeControl(fake);
  }

  @Override
  public void handle(HttpExchange exchange) {
    exchange.setAttribute(ARRIVED, System.nanoTime());
    try {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/_fake/")) {
        control.handle(exchange);
      } else if (path.startsWith("/v1beta/")) {
        handleApi(exchange, path);
      } else {
        Exchanges.sendError(exchange, 404, "The Gemini fake knows no " + path);
      }
    } catch (IOException | RuntimeException e) {
      // The client gave up (a timeout) or the fake broke: log it, never take the server down.
      LOG.log(Level.FINE, "Gemini fake exchange failed", e);
      try {
        Exchanges.sendError(exchange, 500, "The Gemini fake failed: " + e);
      } catch (IOException | RuntimeException ignored) {
        // The answer had begun or the connection is gone.
      }
    } finally {
      exchange.close();
    }
  }

  private void handleApi(HttpExchange exchange, String path) throws IOException {
    String text = Exchanges.bodyText(exchange);
    JsonObject body;
    try {
      body = Exchanges.jsonObject(text);
    } catch (RuntimeException e) {
      Exchanges.sendError(exchange, 400, "Invalid JSON payload received.");
      return;
    }
    String model = null;
    String action = "cachedContents";
    if (path.startsWith(MODELS)) {
      String modelAndAction = path.substring(MODELS.length());
      int colon = modelAndAction.lastIndexOf(':');
      model = colon < 0 ? modelAndAction : modelAndAction.substring(0, colon);
      action = colon < 0 ? "" : modelAndAction.substring(colon + 1);
    }
    String requestModel = model;
    String requestAction = action;
    RecordedRequest request =
        fake.log()
            .add(
                sequence ->
                    new RecordedRequest(
                        sequence,
                        exchange.getRequestMethod(),
                        path,
                        Exchanges.query(exchange),
                        requestModel,
                        requestAction,
                        Exchanges.headers(exchange),
                        body,
                        Instant.now()));
    if (!authorized(exchange)) {
      return;
    }
    if (path.startsWith("/v1beta/cachedContents")) {
      cacheCalls.handle(exchange, request);
    } else if (model != null && !model.isEmpty() && isModelAction(action)) {
      modelCalls.handle(exchange, request);
    } else {
      Exchanges.sendError(exchange, 404, "The Gemini fake knows no " + path);
    }
  }

  private static boolean isModelAction(String action) {
    return "generateContent".equals(action)
        || "streamGenerateContent".equals(action)
        || "countTokens".equals(action);
  }

  private boolean authorized(HttpExchange exchange) throws IOException {
    if (apiKey == null) {
      return true;
    }
    String given = exchange.getRequestHeaders().getFirst(Exchanges.API_KEY_HEADER);
    if (given == null) {
      given = Exchanges.queryParameter(exchange, "key");
    }
    if (given == null) {
      Exchanges.sendError(
          exchange,
          401,
          "Method doesn't allow unregistered callers (callers without established identity)."
              + " Please use API Key or other form of API consumer identity to call this API.");
      return false;
    }
    if (!apiKey.equals(given)) {
      Exchanges.sendError(exchange, 403, "API key not valid. Please pass a valid API key.");
      return false;
    }
    return true;
  }
}
