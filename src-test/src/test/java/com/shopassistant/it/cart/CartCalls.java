package com.shopassistant.it.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Calls of the cart API and checks of its answers, for the cart's container tests. */
final class CartCalls {

  static final String PROBLEM = "urn:shop-assistant:problem:";

  private CartCalls() {}

  /** Runs the calls on threads of their own, released together; fails if one hangs. */
  @SafeVarargs
  static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>>... calls)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CyclicBarrier gate = new CyclicBarrier(calls.length);
      List<Future<HttpResponse<String>>> pending = new ArrayList<>();
      for (Callable<HttpResponse<String>> call : calls) {
        pending.add(
            pool.submit(
                () -> {
                  gate.await(30, TimeUnit.SECONDS);
                  return call.call();
                }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : pending) {
        answers.add(answer.get(90, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  static HttpResponse<String> add(ApiSession session, String body) throws Exception {
    return session.post("api/v1/cart/lines", body);
  }

  static String linePath(long lineId) {
    return "api/v1/cart/lines/" + lineId;
  }

  static JsonObject ok(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return HttpClients.json(answer);
  }

  static JsonObject problem(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = HttpClients.json(answer);
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }

  static void problemOfType(HttpResponse<String> answer, int status, String slug) {
    assertThat(problem(answer, status).getString("type")).isEqualTo(PROBLEM + slug);
  }

  static JsonObject line(JsonObject cart, int index) {
    JsonArray lines = cart.getJsonArray("lines");
    assertThat(lines.size()).as("lines in " + cart).isGreaterThan(index);
    return lines.get(index).asJsonObject();
  }

  static long lineId(JsonObject cart, int index) {
    return line(cart, index).getJsonNumber("id").longValue();
  }
}
