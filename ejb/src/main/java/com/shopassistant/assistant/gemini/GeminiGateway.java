package com.shopassistant.assistant.gemini;

import com.shopassistant.assistant.model.ChatModel;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelCallException.Kind;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.ModelCapacityExceededException;
import com.shopassistant.usage.ModelRateLimiter;
import com.shopassistant.usage.ModelRatePermit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The assistant's Gemini {@link ChatModel}. Calls go through {@link GeminiCalls} (Fault Tolerance
 * lives there: it only works across a CDI call), and whatever Fault Tolerance throws comes back as
 * a {@link ModelCallException}: an open circuit or a full bulkhead as UNAVAILABLE, its timeout as
 * TIMEOUT. So callers handle one exception, whose {@link ModelCallException#kind()} drives the
 * fallback chain.
 *
 * <p>Every generation call is first counted by the global model limit ({@link ModelRateLimiter}):
 * in the transaction of its budget reservation when it has one (one transaction before the call
 * instead of two), else here; either way outside Fault Tolerance: a call the limit refuses throws
 * {@link ModelCapacityExceededException} without reaching {@link GeminiCalls}, so it is neither
 * retried nor counted as a failure by the circuit breaker. Fault Tolerance's retries of a failed
 * call are not counted again (they are rare, and Gemini's own quota is set above the limit).
 * Context-cache creation is not a generation call and is not counted.
 *
 * <p>Without an API key ({@link #configured()} false) the chat service must not call it: it uses
 * the offline assistant, and no SDK client is ever built.
 */
@ApplicationScoped
public class GeminiGateway implements ChatModel {

  @Inject GeminiSettings settings;
  @Inject GeminiCalls calls;
  @Inject GeminiMetrics metrics;
  @Inject ModelRateLimiter limiter;

  /** One call through Fault Tolerance. */
  private interface Call {
    ModelReply make() throws ModelCallException;
  }

  /** For CDI. */
  protected GeminiGateway() {}

  private GeminiGateway(
      GeminiSettings settings, GeminiCalls calls, GeminiMetrics metrics, ModelRateLimiter limiter) {
    this.settings = settings;
    this.calls = calls;
    this.metrics = metrics;
    this.limiter = limiter;
  }

  /**
   * A gateway outside a container (tests, tools): the same mapping and context caching (names kept
   * in {@code store}), no Fault Tolerance, no metrics, no global model limit.
   */
  public static GeminiGateway standalone(GeminiSettings settings, ContextCacheStore store) {
    GeminiMetrics none = GeminiMetrics.none();
    GeminiContextCache cache = new GeminiContextCache(settings, store, none);
    return new GeminiGateway(
        settings, new GeminiCalls(settings, cache, none), none, ModelRateLimiter.off());
  }

  /** Whether an API key is set; without one, use the offline assistant. */
  public boolean configured() {
    return settings.configured();
  }

  public GeminiSettings settings() {
    return settings;
  }

  /**
   * One call, counted by the global model limit.
   *
   * @throws ModelCapacityExceededException when the global model limit refuses it
   */
  @Override
  public ModelReply generate(ModelRequest request) throws ModelCallException {
    return generate(request, ModelRatePermit.NONE);
  }

  /**
   * One call that {@code counted} may already have counted in the global model limit (see {@link
   * ModelRateLimiter#countInTransaction}), and then the caller corrects its count with the tokens
   * of the reply; counted and corrected here otherwise.
   *
   * @throws ModelCapacityExceededException when the global model limit refuses it
   */
  public ModelReply generate(ModelRequest request, ModelRatePermit counted)
      throws ModelCallException {
    return limited(request, counted, () -> calls.generate(request));
  }

  /**
   * One streamed call, counted by the global model limit.
   *
   * @throws ModelCapacityExceededException when the global model limit refuses it
   */
  @Override
  public ModelReply stream(ModelRequest request, Consumer<String> textDeltas)
      throws ModelCallException {
    return stream(request, textDeltas, ModelRatePermit.NONE);
  }

  /** Like {@link #generate(ModelRequest, ModelRatePermit)}, streamed. */
  public ModelReply stream(
      ModelRequest request, Consumer<String> textDeltas, ModelRatePermit counted)
      throws ModelCallException {
    return limited(request, counted, () -> calls.stream(request, textDeltas));
  }

  /**
   * Counts the call in the global limit, makes it, and corrects the count to the tokens Gemini
   * reported. A failed call keeps its estimate: what Gemini counted for it is unknown. A call that
   * {@code counted} counted already is corrected by whoever counted it (the chat turn, in the
   * transaction that records the call; the history summariser), not here.
   */
  private ModelReply limited(ModelRequest request, ModelRatePermit counted, Call call)
      throws ModelCallException {
    ModelRatePermit permit =
        limiter.acquire(counted, ModelCallEstimate.of(request, settings.maxOutputTokens()));
    ModelReply reply;
    try {
      reply = call.make();
    } catch (FaultToleranceException e) {
      throw refused(request, e);
    }
    if (permit != counted) {
      limiter.settle(permit, reply.usage().total());
    }
    return reply;
  }

  /** Closes the SDK client of a standalone gateway (CDI closes its own). */
  public void close() {
    calls.close();
  }

  private ModelCallException refused(ModelRequest request, FaultToleranceException e) {
    if (e instanceof TimeoutException) {
      // GeminiCalls counted nothing: the attempt was interrupted before it could.
      metrics.call(
          request.model(), "timeout", java.time.Duration.ofMillis(GeminiCalls.TIMEOUT_MILLIS));
      return new ModelCallException(
          Kind.TIMEOUT, 0, "Gemini (" + request.model() + ") took too long", null);
    }
    metrics.unavailable(request.model());
    return new ModelCallException(
        Kind.UNAVAILABLE,
        0,
        "Gemini (" + request.model() + ") not called: " + e.getClass().getSimpleName(),
        null);
  }
}
