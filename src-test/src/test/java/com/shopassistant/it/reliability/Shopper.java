package com.shopassistant.it.reliability;

import com.shopassistant.it.support.HttpClients;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated customer's HTTP calls, each recorded as a {@link Call} (status, problem type, time)
 * rather than thrown on failure as {@link com.shopassistant.it.eval.EvalClient} does: a reliability
 * run counts failures, it does not stop at the first.
 */
final class Shopper {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  /** A call's answer: the recorded call and its body (null when none came). */
  record Answer(Call call, JsonObject json) {
    boolean ok() {
      return !call.failed();
    }
  }

  private final String baseUrl;
  private long runStart;
  private List<Call> log;
  private final String forwardedFor;
  private String token;

  Shopper(String baseUrl, long runStartNanos, List<Call> log) {
    this.baseUrl = baseUrl;
    this.runStart = runStartNanos;
    this.log = log;
    // One address per customer: requests from one address share a rate limit.
    int n = ADDRESSES.incrementAndGet();
    this.forwardedFor = "10.79." + ((n >> 8) & 255) + "." + (n & 255);
  }

  /** Where calls are recorded from now on (a preparation's calls are not the run's). */
  void recordInto(List<Call> log, long runStartNanos) {
    this.log = log;
    this.runStart = runStartNanos;
  }

  boolean signedIn() {
    return token != null;
  }

  void signOut() {
    token = null;
  }

  /** Signs in as a new guest, or registers a new customer; false when that failed. */
  boolean signIn(boolean register) throws InterruptedException {
    Answer answer =
        register
            ? send(
                "POST",
                "api/v1/auth/register",
                "{\"email\":\"load-"
                    + java.util.UUID.randomUUID()
                    + "@example.com\",\"password\":\"load-password-1\",\"firstName\":\"Load\"}",
                null,
                false)
            : send("POST", "api/v1/auth/guest", "{}", null, false);
    if (answer.ok() && answer.json() != null) {
      token = answer.json().getString("accessToken");
      return true;
    }
    return false;
  }

  Answer get(String path) throws InterruptedException {
    return send("GET", path, null, null, false);
  }

  Answer post(String path, String body) throws InterruptedException {
    return send("POST", path, body, null, false);
  }

  Answer post(String path, String body, String idempotencyKey) throws InterruptedException {
    return send("POST", path, body, idempotencyKey, false);
  }

  Answer chat(String path, String body) throws InterruptedException {
    return send("POST", path, body, null, true);
  }

  private Answer send(String method, String path, String body, String key, boolean chat)
      throws InterruptedException {
    HttpRequest.Builder request =
        HttpClients.jsonRequest(
                baseUrl + path, method, body, token, Duration.ofMinutes(chat ? 20 : 2))
            .header("X-Forwarded-For", forwardedFor);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    long started = System.nanoTime();
    int status = 0;
    String text = null;
    boolean retryAfter = false;
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      text = response.body();
      retryAfter = response.headers().firstValue("Retry-After").isPresent();
    } catch (IOException e) {
      // no answer: status 0
    }
    double millis = (System.nanoTime() - started) / 1e6;
    JsonObject json = parse(text);
    boolean failed = status < 200 || status >= 300;
    String problem = failed && json != null ? json.getString("type", null) : null;
    String reply = chat && !failed && json != null ? json.getString("reply", "") : "";
    String model =
        chat && json != null && json.containsKey("usage")
            ? json.getJsonObject("usage").getString("model", "")
            : "";
    Call call =
        new Call(
            (started - runStart) / 1_000_000,
            millis,
            chat,
            method + " " + label(path),
            status,
            problem,
            retryAfter,
            chat && !failed && !reply.isBlank(),
            model);
    log.add(call);
    return new Answer(call, json);
  }

  /** The path without ids and queries, so calls group by endpoint. */
  static String label(String path) {
    String bare = path.replaceFirst("\\?.*", "").replaceFirst("^api/v1/", "/");
    return bare.replaceAll("/[A-Z0-9-]*[0-9][A-Z0-9-]*(?=/|$)", "/{id}");
  }

  private static JsonObject parse(String text) {
    if (text == null || !text.strip().startsWith("{")) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static List<Call> newLog() {
    return Collections.synchronizedList(new java.util.ArrayList<>());
  }
}
