package com.shopassistant.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** Small HTTP helpers for client-side tests: the JDK client, JSON-P to read bodies. */
public final class HttpClients {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private HttpClients() {}

  public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
  }

  /** {@code authorization} is the whole header value (e.g. {@code Bearer <jwt>}), or null. */
  public static HttpResponse<String> postFile(String url, Path file, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofFile(file));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return send(builder.build());
  }

  /** {@code authorization} is the whole header value (e.g. {@code Bearer <jwt>}), or null. */
  public static HttpResponse<String> postJson(String url, String body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return send(builder.build());
  }

  /**
   * A request with an optional JSON body (and its Content-Type) and an optional bearer token: the
   * part every client of the API builds the same way; callers add their own headers.
   */
  public static HttpRequest.Builder jsonRequest(
      String url, String method, String json, String bearerToken, Duration timeout) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    if (bearerToken != null) {
      builder.header("Authorization", "Bearer " + bearerToken);
    }
    return builder;
  }

  /** {@code path} under an Arquillian deployment URL, whether or not it ends with a slash. */
  public static String under(java.net.URL deployment, String path) {
    String base = deployment.toString();
    return (base.endsWith("/") ? base : base + "/") + path;
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** {@code Basic} credentials, for the parts of Liberty outside the application. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse<String> postJson(String url, String body)
      throws IOException, InterruptedException {
    return postJson(url, body, null);
  }

  public static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
