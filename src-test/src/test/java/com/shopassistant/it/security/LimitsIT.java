package com.shopassistant.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's edge limits on Liberty + PostgreSQL: the per-caller rate limit (the build sets
 * SHOP_RATE_LIMIT_REQUESTS_PER_MINUTE low), CORS for the one allowed origin the build configures,
 * and the body limits. Each test is its own caller (its own X-Forwarded-For address), so no test
 * spends another's limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LimitsIT {

  private static final String ALLOWED_ORIGIN = "https://shop.example.com";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final int ONE_MIB = 1 << 20;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(LimitsIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void aCallerOverItsLimitGets429WithRetryAfterAndOthersAreUnaffected() throws Exception {
    String caller = "198.51.100.10";
    HttpResponse<String> first = send(get(probe()).header("X-Forwarded-For", caller));
    assertThat(first.statusCode()).isEqualTo(200);
    int limit = Integer.parseInt(header(first, "RateLimit-Limit"));
    assertThat(limit).isPositive();

    // Spend the rest of the limit; tolerate one window change on the way by counting from the
    // last response that shows a fresh window (Remaining = limit - 1).
    List<HttpResponse<String>> window = new ArrayList<>(List.of(first));
    HttpResponse<String> last = first;
    for (int i = 0; i < 2 * limit + 2 && last.statusCode() == 200; i++) {
      last = send(get(probe()).header("X-Forwarded-For", caller));
      if (last.statusCode() == 200
          && Integer.parseInt(header(last, "RateLimit-Remaining")) == limit - 1) {
        window.clear();
      }
      window.add(last);
    }

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(window).hasSize(limit + 1); // N allowed in this window, the N+1st refused
    assertThat(header(window.get(limit - 1), "RateLimit-Remaining")).isEqualTo("0");
    assertThat(Integer.parseInt(header(last, "Retry-After"))).isBetween(1, 60);
    assertThat(header(last, "Content-Type")).startsWith(PROBLEM_JSON);
    JsonObject problem = HttpClients.json(last);
    assertThat(problem.getString("type")).isEqualTo("urn:shop-assistant:problem:rate-limited");
    assertThat(problem.getInt("status")).isEqualTo(429);
    assertThat(problem.getString("detail")).contains(Integer.toString(limit));

    HttpResponse<String> other = send(get(probe()).header("X-Forwarded-For", "198.51.100.11"));
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(header(other, "RateLimit-Remaining")).isEqualTo(Integer.toString(limit - 1));
  }

  @Test
  void theHealthProbeIsNotCounted() throws Exception {
    HttpResponse<String> response =
        send(get(app("api/v1/health")).header("X-Forwarded-For", "198.51.100.20"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("RateLimit-Limit")).isEmpty();
  }

  @Test
  void preflightFromTheAllowedOriginIs204WithTheCorsHeaders() throws Exception {
    HttpResponse<String> response = send(preflight(ALLOWED_ORIGIN, "198.51.100.30"));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
    assertThat(header(response, "Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(header(response, "Access-Control-Allow-Methods")).contains("POST");
    assertThat(header(response, "Access-Control-Allow-Headers")).contains("Content-Type");
  }

  @Test
  void preflightFromAnotherOriginIsRefusedWithoutCorsHeaders() throws Exception {
    HttpResponse<String> response = send(preflight("https://evil.example.com", "198.51.100.31"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(header(response, "Content-Type")).startsWith(PROBLEM_JSON);
    assertThat(HttpClients.json(response).getString("type"))
        .isEqualTo("urn:shop-assistant:problem:origin-not-allowed");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void onlyTheAllowedOriginsActualRequestsGetCorsHeaders() throws Exception {
    HttpResponse<String> allowed =
        send(
            get(probe())
                .header("Origin", ALLOWED_ORIGIN)
                .header("X-Forwarded-For", "198.51.100.32"));
    HttpResponse<String> other =
        send(
            get(probe())
                .header("Origin", "http://shop.example.com")
                .header("X-Forwarded-For", "198.51.100.33"));

    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(header(allowed, "Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
    assertThat(header(allowed, "Access-Control-Expose-Headers")).contains("RateLimit-Remaining");
    assertThat(allowed.headers().allValues("Vary"))
        .anySatisfy(v -> assertThat(v).contains("Origin"));
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(other.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void aBodyDeclaredOverTheLimitIs413() throws Exception {
    HttpResponse<String> response =
        send(
            post(probe(), HttpRequest.BodyPublishers.ofByteArray(jsonOfSize(ONE_MIB + 1)))
                .header("X-Forwarded-For", "198.51.100.40"));

    assertPayloadTooLarge(response);
  }

  @Test
  void aChunkedBodyOverTheLimitIs413Too() throws Exception {
    byte[] body = jsonOfSize(ONE_MIB + 1);
    // No length known up front: the client sends it chunked, so only reading can tell.
    HttpResponse<String> response =
        send(
            post(
                    probe(),
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("X-Forwarded-For", "198.51.100.41"));

    assertPayloadTooLarge(response);
  }

  @Test
  void aBodyWithinTheLimitBinds() throws Exception {
    HttpResponse<String> response =
        send(
            post(probe(), HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}"))
                .header("X-Forwarded-For", "198.51.100.42"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(HttpClients.json(response).getString("text")).isEqualTo("hello");
  }

  @Test
  void anUnknownJsonFieldIs400UnknownField() throws Exception {
    HttpResponse<String> response =
        send(
            post(probe(), HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\",\"txet\":\"x\"}"))
                .header("X-Forwarded-For", "198.51.100.43"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(header(response, "Content-Type")).startsWith(PROBLEM_JSON);
    JsonObject problem = HttpClients.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:shop-assistant:problem:unknown-field");
    assertThat(problem.getString("detail")).contains("txet").doesNotContain("LimitsProbeResource");
  }

  private static void assertPayloadTooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(header(response, "Content-Type")).startsWith(PROBLEM_JSON);
    JsonObject problem = HttpClients.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:shop-assistant:problem:payload-too-large");
    assertThat(problem.getString("detail")).contains("1 MiB");
  }

  /** A JSON document of exactly {@code size} bytes. */
  private static byte[] jsonOfSize(int size) {
    String prefix = "{\"text\":\"";
    String suffix = "\"}";
    return (prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix)
        .getBytes(StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder preflight(String origin, String caller) throws Exception {
    return HttpRequest.newBuilder(URI.create(probe()))
        .timeout(Duration.ofSeconds(60))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .header("X-Forwarded-For", caller);
  }

  private static HttpRequest.Builder get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
  }

  private static HttpRequest.Builder post(String url, HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(body);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String header(HttpResponse<String> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.headers()));
  }

  private String probe() {
    return app("api/test/limits");
  }

  private String app(String path) {
    return HttpClients.under(baseUrl, path);
  }
}
