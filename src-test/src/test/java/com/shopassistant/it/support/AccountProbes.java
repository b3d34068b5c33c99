package com.shopassistant.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Client-side helpers of the account and order tests: reading JSON arrays, checking problem
 * answers, and calling the test-only probe (com.shopassistant.it.order, deployed by those tests)
 * that gives the signed-in caller orders or a gift card.
 */
public final class AccountProbes {

  public static final String PROBLEM_JSON = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:shop-assistant:problem:";
  private static final String PROBE = "api/v1/test/account-probe/";

  private AccountProbes() {}

  public static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /** Asserts a problem+json answer of this status and type; returns its body. */
  public static JsonObject assertProblem(HttpResponse<String> response, int status, String slug) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
    JsonObject problem = HttpClients.json(response);
    assertThat(problem.getString("type")).isEqualTo(TYPE_PREFIX + slug);
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }

  /** The fields a validation-failed problem names. */
  public static List<String> fieldsOf(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.getString("field"))
        .toList();
  }

  /** Places {@code count} delivered orders for the session's customer; numbers oldest first. */
  public static List<String> placeOrders(ApiSession session, int count)
      throws IOException, InterruptedException {
    HttpResponse<String> answer = session.post(PROBE + "orders?count=" + count, "");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return array(answer).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  /** Gives the session's customer a gift card; answers its id and code. */
  public static JsonObject addGiftCard(ApiSession session, String balance)
      throws IOException, InterruptedException {
    String query = "balance=" + URLEncoder.encode(balance, StandardCharsets.UTF_8);
    HttpResponse<String> answer = session.post(PROBE + "gift-card?" + query, "");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }
}
