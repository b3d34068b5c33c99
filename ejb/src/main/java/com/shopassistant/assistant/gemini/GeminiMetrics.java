package com.shopassistant.assistant.gemini;

import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelUsage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The gateway's MicroProfile metrics (Prometheus names in {@code /metrics}):
 *
 * <ul>
 *   <li>{@code gemini_calls_total{model, outcome}}: HTTP calls to Gemini (each retry counts), by
 *       outcome ok, rate_limited, server_error, timeout, rejected; unavailable for calls the
 *       circuit breaker or bulkhead refused;
 *   <li>{@code gemini_call_seconds{model, outcome}}: how long each call took (a timer);
 *   <li>{@code gemini_tokens_total{model, kind}}: tokens Gemini reported, kind input, output,
 *       cached (cached tokens are also in input);
 *   <li>{@code gemini_context_cache_total{result}}: requests that found the context cache (hit),
 *       did not (miss: created it, or went without while another thread did), or had its call fail
 *       (error).
 * </ul>
 *
 * Without a metric registry (outside a container) nothing is counted.
 */
@ApplicationScoped
public class GeminiMetrics {

  static final Metadata CALLS =
      Metadata.builder()
          .withName("gemini.calls")
          .withDescription("HTTP calls to Gemini by model and outcome")
          .build();
  static final Metadata CALL_TIME =
      Metadata.builder()
          .withName("gemini.call")
          .withDescription("Duration of HTTP calls to Gemini by model and outcome")
          .build();
  static final Metadata TOKENS =
      Metadata.builder()
          .withName("gemini.tokens")
          .withDescription("Tokens Gemini reported by model and kind (input, output, cached)")
          .build();
  static final Metadata CONTEXT_CACHE =
      Metadata.builder()
          .withName("gemini.context.cache")
          .withDescription("Context cache lookups by result (hit, miss, error)")
          .build();

  @Inject Instance<MetricRegistry> registries;

  private MetricRegistry registry;

  /** For CDI. */
  protected GeminiMetrics() {}

  /** Metrics that count nothing, outside a container. */
  static GeminiMetrics none() {
    return new GeminiMetrics();
  }

  @PostConstruct
  void start() {
    if (registries != null && registries.isResolvable()) {
      registry = registries.get();
    }
  }

  void call(String model, String outcome, Duration took) {
    if (registry != null) {
      registry.counter(CALLS, new Tag("model", model), new Tag("outcome", outcome)).inc();
      // By outcome too: a p95 of answered calls is not blurred by timeouts or fast 429s.
      registry.timer(CALL_TIME, new Tag("model", model), new Tag("outcome", outcome)).update(took);
    }
  }

  void unavailable(String model) {
    if (registry != null) {
      registry.counter(CALLS, new Tag("model", model), new Tag("outcome", "unavailable")).inc();
    }
  }

  void tokens(String model, ModelUsage usage) {
    if (registry != null) {
      registry
          .counter(TOKENS, new Tag("model", model), new Tag("kind", "input"))
          .inc(usage.input());
      registry
          .counter(TOKENS, new Tag("model", model), new Tag("kind", "output"))
          .inc(usage.output());
      registry
          .counter(TOKENS, new Tag("model", model), new Tag("kind", "cached"))
          .inc(usage.cached());
    }
  }

  void contextCache(String result) {
    if (registry != null) {
      registry.counter(CONTEXT_CACHE, new Tag("result", result)).inc();
    }
  }

  /** The outcome label of a failed call. */
  static String outcome(ModelCallException failure) {
    return failure.kind().name().toLowerCase(Locale.ROOT);
  }
}
