package com.shopassistant.assistant.gemini;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The SDK calls, under MicroProfile Fault Tolerance (values below; each can be overridden with
 * {@code com.shopassistant.assistant.gemini.GeminiCalls/<method>/<Annotation>/<parameter>}, e.g.
 * {@code .../generate/Retry/maxRetries=1}; see docs/gemini.md):
 *
 * <ul>
 *   <li>{@code @Timeout} 35 s per attempt; the SDK's own timeout ({@code gemini.timeout}, 30 s) is
 *       kept at or below it;
 *   <li>{@code @Retry} on {@link RetryableModelCallException} only (429, 5xx): 2 retries, 500 ms
 *       apart ± 250 ms jitter, none started after 45 s. The SDK's own retries are off;
 *   <li>{@code @CircuitBreaker}: opens when half of the last 10 calls failed (a REJECTED call does
 *       not count), stays open 30 s, closes after 2 successes;
 *   <li>{@code @Bulkhead} 100 concurrent calls per instance: above Cloud Run's request concurrency
 *       of 80, so it bounds threads without turning away requests Cloud Run let in.
 * </ul>
 *
 * <p>Callers go through {@link GeminiGateway}, which turns Fault Tolerance's own exceptions into
 * {@link ModelCallException}s.
 */
@ApplicationScoped
public class GeminiCalls {

  static final long TIMEOUT_MILLIS = 35_000;

  @Inject GeminiSettings settings;
  @Inject GeminiContextCache contextCache;
  @Inject GeminiMetrics metrics;

  private volatile Client client;

  /** For CDI. */
  protected GeminiCalls() {}

  GeminiCalls(GeminiSettings settings, GeminiContextCache contextCache, GeminiMetrics metrics) {
    this.settings = settings;
    this.contextCache = contextCache;
    this.metrics = metrics;
  }

  @Timeout(TIMEOUT_MILLIS)
  @Retry(
      retryOn = RetryableModelCallException.class,
      maxRetries = 2,
      delay = 500,
      jitter = 250,
      maxDuration = 45_000)
  @CircuitBreaker(
      skipOn = RejectedModelCallException.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30_000,
      successThreshold = 2)
  @Bulkhead(100)
  public ModelReply generate(ModelRequest request) throws ModelCallException {
    return call(request, null);
  }

  /** Like {@link #generate}; once text has been streamed, a failure is no longer retried. */
  @Timeout(TIMEOUT_MILLIS)
  @Retry(
      retryOn = RetryableModelCallException.class,
      maxRetries = 2,
      delay = 500,
      jitter = 250,
      maxDuration = 45_000)
  @CircuitBreaker(
      skipOn = RejectedModelCallException.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30_000,
      successThreshold = 2)
  @Bulkhead(100)
  public ModelReply stream(ModelRequest request, Consumer<String> textDeltas)
      throws ModelCallException {
    return call(request, textDeltas);
  }

  /**
   * One attempt. A cache Gemini no longer knows (403 or 404 to a request naming it: expired early
   * or deleted) is forgotten and the attempt made again without it, so a cache never fails a chat.
   */
  private ModelReply call(ModelRequest request, Consumer<String> textDeltas)
      throws ModelCallException {
    Client sdk = client();
    Optional<String> cache = contextCache.nameFor(sdk, request);
    try {
      return attempt(sdk, request, cache, textDeltas);
    } catch (RejectedModelCallException e) {
      if (cache.isEmpty() || (e.status() != 403 && e.status() != 404)) {
        throw e;
      }
      contextCache.forget(request, cache.get());
      return attempt(sdk, request, Optional.empty(), textDeltas);
    }
  }

  private ModelReply attempt(
      Client sdk, ModelRequest request, Optional<String> cache, Consumer<String> textDeltas)
      throws ModelCallException {
    String model = request.model();
    List<Content> contents = GeminiRequests.contents(request);
    GenerateContentConfig config = GeminiRequests.config(request, settings, cache);
    StreamedReply streamed = new StreamedReply();
    long start = System.nanoTime();
    try {
      ModelReply reply;
      if (textDeltas == null) {
        reply = GeminiReplies.reply(sdk.models.generateContent(model, contents, config), model);
      } else {
        try (ResponseStream<GenerateContentResponse> chunks =
            sdk.models.generateContentStream(model, contents, config)) {
          chunks.forEach(chunk -> streamed.add(chunk, textDeltas));
        }
        reply = streamed.reply(model);
      }
      metrics.call(model, "ok", Duration.ofNanos(System.nanoTime() - start));
      metrics.tokens(model, reply.usage());
      return reply;
    } catch (ModelCallException e) {
      metrics.call(model, GeminiMetrics.outcome(e), Duration.ofNanos(System.nanoTime() - start));
      throw e;
    } catch (RuntimeException e) {
      ModelCallException failure = GeminiErrors.map(e, model);
      if (streamed.deliveredText()) {
        failure = GeminiErrors.notRetryable(failure);
      }
      metrics.call(
          model, GeminiMetrics.outcome(failure), Duration.ofNanos(System.nanoTime() - start));
      throw failure;
    }
  }

  /** The one SDK client, built on first use: never without an API key. */
  Client client() throws ModelCallException {
    Client built = client;
    if (built != null) {
      return built;
    }
    synchronized (this) {
      if (client == null) {
        if (!settings.configured()) {
          throw new RejectedModelCallException(0, "no Gemini API key is configured", null);
        }
        client = GeminiClients.build(settings);
      }
      return client;
    }
  }

  @PreDestroy
  void close() {
    Client built = client;
    if (built != null) {
      built.close();
    }
  }
}
