package com.shopassistant.it.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** One simulated customer: a guest token of its own, and its conversation. */
final class BenchClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  private final String baseUrl;
  private final String token;
  private String conversationId;

  private BenchClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** A new guest; each signs in from an address of its own, as real customers do. */
  static BenchClient guest(String baseUrl) throws Exception {
    JsonObject answer = parse(post(baseUrl, "api/v1/auth/guest", "{}", null, forwardedFor()));
    return new BenchClient(baseUrl, answer.getString("accessToken"));
  }

  static String admin(String baseUrl, String password) throws Exception {
    String body = "{\"email\":\"admin\",\"password\":\"" + password + "\"}";
    return parse(post(baseUrl, "api/v1/auth/login", body, null, forwardedFor()))
        .getString("accessToken");
  }

  static void importCatalog(String baseUrl, String adminToken, String json) throws Exception {
    post(baseUrl, "api/v1/admin/import", json, adminToken, null);
  }

  /** A default address and card, so this customer can check out. */
  void readyToPay() throws Exception {
    post(
        baseUrl,
        "api/v1/me/addresses",
        "{\"label\":\"home\",\"address1\":\"1 Bench Road\","
            + "\"city\":\"Jakarta\",\"zip\":\"10110\",\"country\":\"Indonesia\",\"makeDefault\":true}",
        token,
        null);
    post(
        baseUrl,
        "api/v1/me/payment-methods",
        "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"4242\"}",
        token,
        null);
  }

  /** Sends one message and returns the chat answer. */
  JsonObject say(String message) throws Exception {
    var body = Json.createObjectBuilder().add("message", message);
    if (conversationId != null) {
      body.add("conversationId", conversationId);
    }
    JsonObject answer = parse(post(baseUrl, "api/v1/chat", body.build().toString(), token, null));
    conversationId = answer.getString("conversationId");
    return answer;
  }

  private static String post(
      String baseUrl, String path, String body, String token, String forwardedFor)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          path
              + " answered "
              + response.statusCode()
              + ": "
              + response.body().substring(0, Math.min(300, response.body().length())));
    }
    return response.body();
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static String forwardedFor() {
    int n = ADDRESSES.incrementAndGet();
    return "10.77." + ((n >> 8) & 255) + "." + (n & 255);
  }
}
