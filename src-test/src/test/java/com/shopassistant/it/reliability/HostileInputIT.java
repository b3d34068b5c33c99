package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input on the endpoints that take it: broken, mistyped, deeply nested, oversized and huge
 * JSON is a clean 4xx problem+json (400, 413, 415) that names no class, stack or SQL, and the
 * server keeps answering; SQL injection in the search, the cart, addresses, vouchers and ids finds
 * nothing a plain query would not, is stored as the text it is, and breaks nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  private static final String PROBLEM = "urn:shop-assistant:problem:";
  private static final int ONE_MIB = 1 << 20;
  private static final List<String> BODY_ENDPOINTS =
      List.of("api/v1/cart/lines", "api/v1/me/addresses", "api/v1/chat", "api/v1/checkout/quote");
  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "%' OR 1=1 --",
          "'; DROP TABLE product; --",
          "\" OR \"\"=\"",
          "1) UNION SELECT email, password_hash FROM customer --",
          "' AND pg_sleep(5) --");

  /** A client test: none of this package runs in the server. */
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages();
  }

  @ArquillianResource URL baseUrl;

  private final AttackCatalog catalog = new AttackCatalog();
  private ApiSession guest;

  @BeforeEach
  void signIn() throws Exception {
    catalog.importInto(baseUrl);
    guest = ApiSession.guest(baseUrl);
  }

  @Test
  void brokenOversizedAndDeeplyNestedJsonIsACleanProblemAndTheServerStaysUp() throws Exception {
    String deep = "[".repeat(50_000) + "]".repeat(50_000);
    for (String path : BODY_ENDPOINTS) {
      clean(path + " broken", send(path, "{\"itemCode\":", "application/json"), 400);
      clean(path + " array", send(path, "[1,2,3]", "application/json"), 400);
      clean(path + " text/plain", send(path, "{}", "text/plain"), 415);
      clean(path + " deep", send(path, "{\"message\":" + deep + "}", "application/json"), 400);
      clean(
          path + " 2 MiB",
          send(path, "{\"message\":\"" + "x".repeat(2 * ONE_MIB) + "\"}", "application/json"),
          413);
    }
    clean(
        "huge string",
        send("api/v1/cart/lines", catalog.line("x".repeat(ONE_MIB - 100), 1), "application/json"),
        400,
        404);
    for (String number :
        List.of(
            "1e999999", "99999999999999999999999", "1e10", "1.5", "-1", "0", "\"ten\"", "[1]")) {
      clean(
          "quantity " + number,
          send(
              "api/v1/cart/lines",
              "{\"itemCode\":\"" + catalog.lamp + "\",\"quantity\":" + number + "}",
              "application/json"),
          400);
    }
    clean("page", guest.get("api/v1/orders?page=99999999999999999999"), 400);
    clean(
        "NUL",
        send(
            "api/v1/me/addresses",
            "{\"label\":\"a\u0000b\",\"address1\":\"x\",\"city\":\"y\",\"country\":\"z\"}",
            "application/json"),
        201,
        400);

    assertThat(HttpClients.get(HttpClients.under(baseUrl, "api/v1/health")).statusCode())
        .isEqualTo(200);
    assertThat(
            send("api/v1/cart/lines", catalog.line(catalog.lamp, 1), "application/json")
                .statusCode())
        .as("a normal request after the attack")
        .isEqualTo(200);
  }

  @Test
  void sqlInjectionFindsNothingExtraAndIsStoredAsText() throws Exception {
    int everything = searchTotal("");
    for (String injection : INJECTIONS) {
      HttpResponse<String> searched = search("q=" + encode(injection));
      assertThat(searched.statusCode()).as(injection + ": " + searched.body()).isIn(200, 400);
      if (searched.statusCode() == 200) {
        assertThat(HttpClients.json(searched).getInt("total"))
            .as("the same words without quotes or operators: " + injection)
            .isEqualTo(searchTotal(defanged(injection)));
      }
      for (String parameter : List.of("category", "sort", "minPrice", "maxPrice", "inStock")) {
        HttpResponse<String> answer = search(parameter + "=" + encode(injection));
        assertThat(answer.statusCode()).as(parameter + " " + injection).isIn(200, 400, 404);
        if (answer.statusCode() == 200) {
          assertThat(HttpClients.json(answer).getInt("total")).isLessThanOrEqualTo(everything);
        } else {
          clean(parameter, answer, answer.statusCode());
        }
      }
      String json = Json.createValue(injection).toString();
      clean(
          "item code",
          send(
              "api/v1/cart/lines",
              "{\"itemCode\":" + json + ",\"quantity\":1}",
              "application/json"),
          404);
      clean("voucher", guest.put("api/v1/cart/voucher", "{\"code\":" + json + "}"), 400, 404);
      clean("order number", guest.get("api/v1/orders/" + encode(injection)), 400, 404);
      clean(
          "line id",
          guest.send("DELETE", "api/v1/cart/lines/" + encode(injection), null),
          400,
          404);
      clean("conversation", guest.get("api/v1/conversations/" + encode(injection)), 400, 404);
    }
    String label = "x'); DROP TABLE address; --";
    HttpResponse<String> saved =
        send(
            "api/v1/me/addresses",
            "{\"label\":"
                + Json.createValue(label)
                + ",\"address1\":"
                + Json.createValue(INJECTIONS.get(0))
                + ",\"city\":\"Oslo\",\"country\":\"NO\"}",
            "application/json");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    assertThat(guest.get("api/v1/me/addresses").body())
        .as("stored as the text it is")
        .contains(Json.createValue(label).toString());
    assertThat(searchTotal("")).as("the catalog is all there").isEqualTo(everything);
  }

  @Test
  void aPathWithCharactersAUriCannotHoldIsACleanProblemNotA500() throws Exception {
    String root = baseUrl.getPath().endsWith("/") ? baseUrl.getPath() : baseUrl.getPath() + "/";
    for (String[] call :
        new String[][] {
          {"PUT", "api/v1/cart/lines/\"4%27%20ORDER%20BY%201--\"", "{\"quantity\":2}"},
          {"DELETE", "api/v1/cart/lines/\"4\"", null},
          {"GET", "api/v1/products/\"x%27\"", null},
          {"GET", "api/v1/orders/\"W1\"", null},
          {"GET", "api/v1/conversations/\"x\"", null}
        }) {
      RawHttp.Answer answer =
          RawHttp.send(baseUrl, call[0], root + call[1], guest.accessToken(), call[2]);
      String what = call[0] + " " + call[1] + ": " + answer.status() + " " + answer.body();
      assertThat(answer.status()).as(what).isIn(400, 404);
      assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
      assertThat(answer.body()).as(what).doesNotContain("Exception");
    }
  }

  /** The injection's words alone: what a plain search for the same text would ask. */
  private static String defanged(String injection) {
    return injection.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private int searchTotal(String q) throws Exception {
    HttpResponse<String> answer = search(q.isEmpty() ? "" : "q=" + encode(q));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer).getInt("total");
  }

  private HttpResponse<String> search(String query) throws Exception {
    return guest.get("api/v1/products" + (query.isEmpty() ? "" : "?" + query));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpResponse<String> send(String path, String body, String contentType) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(HttpClients.under(baseUrl, path)))
            .timeout(Duration.ofSeconds(90))
            .header("Authorization", "Bearer " + guest.accessToken())
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClients.send(request);
  }

  /**
   * One of the statuses; an error is problem+json with a type and no class name, stack frame or SQL
   * in it.
   */
  private static void clean(String what, HttpResponse<String> answer, int... statuses) {
    assertThat(answer.statusCode())
        .as(what + ": " + answer.body())
        .isIn(java.util.Arrays.stream(statuses).boxed().toList());
    if (answer.statusCode() < 400) {
      return;
    }
    assertThat(answer.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = HttpClients.json(answer);
    assertThat(problem.getString("type")).as(what).startsWith(PROBLEM);
    assertThat(answer.body())
        .as(what)
        .doesNotContain("Exception")
        .doesNotContain("at com.")
        .doesNotContain("org.eclipse")
        .doesNotContainIgnoringCase("syntax error")
        .doesNotContain("SQLSTATE")
        .doesNotContain("PSQLException");
  }
}
