package com.shopassistant.it.eval;

import com.shopassistant.it.support.HttpClients;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One signed-in caller of a running server, by its base URL (ending in {@code /}): the
 * administrator (import, export) or a customer (chat, addresses, cards). A customer keeps its
 * conversation across {@link #chat} calls. Plain HTTP, so the runner works against any server.
 */
public final class EvalClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  private final String baseUrl;
  private final String token;
  private String conversationId;

  private EvalClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  public static EvalClient admin(String baseUrl, String password) throws Exception {
    return login(baseUrl, "admin", password);
  }

  /** Signs in by e-mail (or the administrator's user name) and password. */
  public static EvalClient login(String baseUrl, String email, String password) throws Exception {
    String body =
        Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    return new EvalClient(
        baseUrl,
        json(send(baseUrl, "POST", "api/v1/auth/login", body, null)).getString("accessToken"));
  }

  /** A new guest, signed in from an address of its own as real customers are. */
  public static EvalClient guest(String baseUrl) throws Exception {
    return new EvalClient(
        baseUrl,
        json(send(baseUrl, "POST", "api/v1/auth/guest", "{}", null)).getString("accessToken"));
  }

  /**
   * A new registered customer (tier free): guests' daily budget (10,000 tokens) is below what a
   * complex session uses, and a session must be measured, not refused.
   */
  public static EvalClient register(String baseUrl) throws Exception {
    String body =
        "{\"email\":\"eval-"
            + java.util.UUID.randomUUID()
            + "@example.com\",\"password\":\"eval-password-1\",\"firstName\":\"Eval\"}";
    return new EvalClient(
        baseUrl,
        json(send(baseUrl, "POST", "api/v1/auth/register", body, null)).getString("accessToken"));
  }

  /** A default address and a card, so this customer can check out. */
  public void readyToPay() throws Exception {
    post(
        "api/v1/me/addresses",
        "{\"label\":\"home\",\"address1\":\"1 Eval Road\",\"city\":\"Jakarta\",\"zip\":\"10110\","
            + "\"country\":\"Indonesia\",\"makeDefault\":true}");
    post(
        "api/v1/me/payment-methods",
        "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"4242\"}");
  }

  /** {@code POST /api/v1/admin/import}; answers the import report. */
  public JsonObject importStore(String file) throws Exception {
    return json(post("api/v1/admin/import", file));
  }

  /** {@code GET /api/v1/admin/export}: the store as a τ²-bench {@code db.json}. */
  public JsonObject exportStore() throws Exception {
    return json(send(baseUrl, "GET", "api/v1/admin/export", null, token));
  }

  /** One chat turn in this customer's conversation (the first starts it). */
  public JsonObject chat(String message) throws Exception {
    var body = Json.createObjectBuilder().add("message", message);
    if (conversationId != null) {
      body.add("conversationId", conversationId);
    }
    JsonObject answer = json(post("api/v1/chat", body.build().toString()));
    conversationId = answer.getString("conversationId");
    return answer;
  }

  /** Starts a new conversation at the next {@link #chat}. */
  public void newConversation() {
    conversationId = null;
  }

  public String post(String path, String body) throws Exception {
    return send(baseUrl, "POST", path, body, token);
  }

  public String get(String path) throws Exception {
    return send(baseUrl, "GET", path, null, token);
  }

  private static String send(String baseUrl, String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpClients.jsonRequest(baseUrl + path, method, body, token, Duration.ofSeconds(120))
            .header("X-Forwarded-For", forwardedFor());
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      String text = response.body();
      throw new IllegalStateException(
          method
              + " "
              + path
              + " answered "
              + response.statusCode()
              + ": "
              + text.substring(0, Math.min(500, text.length())));
    }
    return response.body();
  }

  static jakarta.json.JsonValue jsonValue(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** Each request from an address of its own: sign-ins from one address share a rate limit. */
  private static String forwardedFor() {
    int n = ADDRESSES.incrementAndGet();
    return "10.78." + ((n >> 8) & 255) + "." + (n & 255);
  }
}
