package com.shopassistant.it.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Checks of the checkout API's answers, and running calls at once. */
final class CheckoutCalls {

  static final String PROBLEM = "urn:shop-assistant:problem:";

  private CheckoutCalls() {}

  static JsonObject ok(HttpResponse<String> answer) {
    return status(answer, 200);
  }

  static JsonObject status(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return HttpClients.json(answer);
  }

  /** Asserts a problem of this status and type; returns it. */
  static JsonObject problem(HttpResponse<String> answer, int status, String slug) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = HttpClients.json(answer);
    assertThat(problem.getString("type")).as(answer.body()).isEqualTo(PROBLEM + slug);
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }

  static BigDecimal amount(JsonObject json, String field) {
    return json.getJsonNumber(field).bigDecimalValue();
  }

  /**
   * Runs the calls on threads of their own, released together once all are ready; fails if one does
   * not answer in time.
   */
  static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch ready = new CountDownLatch(calls.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> pending = new ArrayList<>();
      for (Callable<T> call : calls) {
        pending.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  assertThat(go.await(60, TimeUnit.SECONDS)).as("released").isTrue();
                  return call.call();
                }));
      }
      assertThat(ready.await(60, TimeUnit.SECONDS)).as("all threads ready").isTrue();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> result : pending) {
        results.add(result.get(180, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs the calls on {@code threads} threads, in no particular order; fails if one hangs. */
  static <T> List<T> inParallel(List<Callable<T>> calls, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> pending = new ArrayList<>();
      for (Callable<T> call : calls) {
        pending.add(pool.submit(call));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> result : pending) {
        results.add(result.get(300, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
