package com.shopassistant.it.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A signed-in client of the API under test: its access token is sent as {@code Authorization:
 * Bearer} on every request. Made by {@link #guest}, {@link #register} or {@link #admin}.
 *
 * @param deployment the Arquillian deployment URL (the web module's root)
 * @param accessToken the JWT
 * @param customerId the caller's customer id (the token's subject)
 * @param refreshCookie the {@code Set-Cookie} value of the refresh token, as issued
 */
public record ApiSession(
    URL deployment, String accessToken, long customerId, String refreshCookie) {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** A fresh guest account. */
  public static ApiSession guest(URL deployment) throws IOException, InterruptedException {
    return fromAuthAnswer(
        deployment, HttpClients.postJson(HttpClients.under(deployment, "api/v1/auth/guest"), "{}"));
  }

  /** A fresh registered account with a unique e-mail address and the given password. */
  public static ApiSession register(URL deployment, String password)
      throws IOException, InterruptedException {
    String email = "it-" + UUID.randomUUID() + "@example.com";
    String body =
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"firstName\":\"Test\"}";
    return fromAuthAnswer(
        deployment,
        HttpClients.postJson(HttpClients.under(deployment, "api/v1/auth/register"), body));
  }

  /** The administrator whose credentials the build gives the test server. */
  public static ApiSession admin(URL deployment) throws IOException, InterruptedException {
    String body =
        "{\"email\":\"admin\",\"password\":\""
            + System.getProperty("it.admin.password", "it-admin-secret")
            + "\"}";
    return fromAuthAnswer(
        deployment, HttpClients.postJson(HttpClients.under(deployment, "api/v1/auth/login"), body));
  }

  /** Reads the answer of a sign-in endpoint; fails the test when it is not a 200 with a token. */
  public static ApiSession fromAuthAnswer(URL deployment, HttpResponse<String> answer) {
    if (answer.statusCode() != 200) {
      throw new AssertionError("sign-in failed: " + answer.statusCode() + " " + answer.body());
    }
    JsonObject json = HttpClients.json(answer);
    return new ApiSession(
        deployment,
        json.getString("accessToken"),
        json.getJsonObject("customer").getJsonNumber("id").longValue(),
        answer.headers().firstValue("Set-Cookie").orElse(null));
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  public HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return send("POST", path, json);
  }

  public HttpResponse<String> put(String path, String json)
      throws IOException, InterruptedException {
    return send("PUT", path, json);
  }

  public HttpResponse<String> patch(String path, String json)
      throws IOException, InterruptedException {
    return send("PATCH", path, json);
  }

  public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return send("DELETE", path, null);
  }

  /** {@code path} is relative to the web module, e.g. {@code api/v1/cart}. */
  public HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    return HttpClients.send(
        HttpClients.jsonRequest(
                HttpClients.under(deployment, path), method, json, accessToken, TIMEOUT)
            .build());
  }
}
