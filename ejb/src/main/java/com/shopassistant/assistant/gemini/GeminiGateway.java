package com.shopassistant.assistant.gemini;

import com.shopassistant.assistant.model.ChatModel;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelCallException.Kind;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
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
 * <p>Without an API key ({@link #configured()} false) the chat service must not call it: it uses
 * the offline assistant, and no SDK client is ever built.
 */
@ApplicationScoped
public class GeminiGateway implements ChatModel {

  @Inject GeminiSettings settings;
  @Inject GeminiCalls calls;
  @Inject GeminiMetrics metrics;

  /** For CDI. */
  protected GeminiGateway() {}

  private GeminiGateway(GeminiSettings settings, GeminiCalls calls, GeminiMetrics metrics) {
    this.settings = settings;
    this.calls = calls;
    this.metrics = metrics;
  }

  /**
   * A gateway outside a container (tests, tools): the same mapping and context caching (names kept
   * in {@code store}), no Fault Tolerance, no metrics.
   */
  public static GeminiGateway standalone(GeminiSettings settings, ContextCacheStore store) {
    GeminiMetrics none = GeminiMetrics.none();
    GeminiContextCache cache = new GeminiContextCache(settings, store, none);
    return new GeminiGateway(settings, new GeminiCalls(settings, cache, none), none);
  }

  /** Whether an API key is set; without one, use the offline assistant. */
  public boolean configured() {
    return settings.configured();
  }

  public GeminiSettings settings() {
    return settings;
  }

  @Override
  public ModelReply generate(ModelRequest request) throws ModelCallException {
    try {
      return calls.generate(request);
    } catch (FaultToleranceException e) {
      throw refused(request, e);
    }
  }

  @Override
  public ModelReply stream(ModelRequest request, Consumer<String> textDeltas)
      throws ModelCallException {
    try {
      return calls.stream(request, textDeltas);
    } catch (FaultToleranceException e) {
      throw refused(request, e);
    }
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
