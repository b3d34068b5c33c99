package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.RecordedRequest;
import com.shopassistant.it.support.HttpClients;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The model calls the Gemini fake answered from its script, which is what "one model call" means to
 * a test: without the requests it refused for naming a cached content it does not have.
 *
 * <p>Those refusals are real and expected: the application keeps the name of its context cache (in
 * memory and in PostgreSQL), while the fake forgets its caches on every reset. So the first call
 * per model and prompt after a reset names a cache the fake no longer knows; it is answered 403,
 * and the gateway repeats it at once without the cache (docs/gemini.md, "never fails a chat").
 * Counting raw requests would make such a call look like two.
 */
final class AnsweredCalls {

  private AnsweredCalls() {}

  /** The model calls, oldest first, without those refused for an unknown cached content. */
  static List<RecordedRequest> of(GeminiFake fake) throws Exception {
    Set<String> known = cachesOf(fake);
    return fake.modelCalls().stream()
        .filter(call -> call.cachedContent() == null || known.contains(call.cachedContent()))
        .toList();
  }

  /** The answered model calls of one model. */
  static List<RecordedRequest> of(GeminiFake fake, String model) throws Exception {
    return of(fake).stream().filter(call -> model.equals(call.model())).toList();
  }

  /**
   * The answered calls of {@code model} once there are {@code count} of them: for calls the server
   * makes after a turn has its answer (a fold ahead of the history). Fails after 10 seconds.
   */
  static List<RecordedRequest> awaitCount(GeminiFake fake, String model, int count)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    List<RecordedRequest> calls = of(fake, model);
    while (calls.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
      calls = of(fake, model);
    }
    assertThat(calls).as("answered calls of " + model).hasSize(count);
    return calls;
  }

  /** The names of the cached contents the fake holds now (its own list endpoint). */
  private static Set<String> cachesOf(GeminiFake fake) throws Exception {
    HttpRequest list =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v1beta/cachedContents"))
            .header("x-goog-api-key", System.getProperty("it.gemini.key", ""))
            .GET()
            .build();
    HttpResponse<String> answer = HttpClients.send(list);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer)
        .getJsonArray("cachedContents")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(cache -> cache.getString("name"))
        .collect(Collectors.toSet());
  }
}
