package com.shopassistant.it.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A registered customer chatting through one of several servers, reporting each outcome. */
final class LimitsClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  private final String baseUrl;
  private final String token;
  private final long customerId;

  private LimitsClient(String baseUrl, String token, long customerId) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.customerId = customerId;
  }

  /** A new free-tier customer, registered through {@code baseUrl}. */
  static LimitsClient register(String baseUrl) throws Exception {
    String body =
        "{\"email\":\"bench-"
            + UUID.randomUUID()
            + "@example.com\",\"password\":\"bench-secret-1\",\"firstName\":\"Bench\"}";
    HttpResponse<String> answer = post(baseUrl, "api/v1/auth/register", body, null);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("register answered " + answer.statusCode());
    }
    JsonObject json = parse(answer.body());
    return new LimitsClient(
        baseUrl,
        json.getString("accessToken"),
        json.getJsonObject("customer").getJsonNumber("id").longValue());
  }

  /** The same customer (same token) on another server: the servers share the signing key. */
  LimitsClient on(String otherBaseUrl) {
    return new LimitsClient(otherBaseUrl, token, customerId);
  }

  long customerId() {
    return customerId;
  }

  /** One new conversation's message: "200", "429 <reason>", "503" or the status. */
  String chatOutcome(String message) {
    try {
      HttpResponse<String> answer =
          post(
              baseUrl,
              "api/v1/chat",
              Json.createObjectBuilder().add("message", message).build().toString(),
              token);
      if (answer.statusCode() == 429 && answer.body().contains("\"reason\"")) {
        return "429 " + parse(answer.body()).getString("reason");
      }
      return Integer.toString(answer.statusCode());
    } catch (Exception e) {
      return "error " + e.getClass().getSimpleName();
    }
  }

  private static HttpResponse<String> post(String baseUrl, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
