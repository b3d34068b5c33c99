package com.shopassistant.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The assistant's own metrics (Prometheus names at /metrics): turns by outcome, the model routing
 * decisions, fallbacks down the chain, turns stopped by the loop cap, and turn latency. The gateway
 * counts model calls and tokens; the tool registry counts tool calls.
 */
@ApplicationScoped
public class AssistantMetrics {

  @Inject Instance<MetricRegistry> registry;

  /** {@code outcome}: answered, loop_cap, failed. */
  public void turn(String outcome, Duration took) {
    if (available()) {
      registry.get().counter("assistant.turns", new Tag("outcome", outcome)).inc();
      registry.get().timer("assistant.turn").update(took);
    }
  }

  public void routed(RoutingDecision decision) {
    if (available()) {
      String reason = decision.reason().startsWith("trigger:") ? "trigger" : decision.reason();
      registry
          .get()
          .counter(
              "assistant.routing", new Tag("model", decision.model()), new Tag("reason", reason))
          .inc();
    }
  }

  /** A model call fell back from {@code from} to {@code to} because of {@code cause}. */
  public void fallback(String from, String to, String cause) {
    if (available()) {
      registry
          .get()
          .counter(
              "assistant.fallbacks",
              new Tag("from", from),
              new Tag("to", to),
              new Tag("cause", cause))
          .inc();
    }
  }

  /**
   * Turns folded into the summary: {@code ahead} after a turn, off the customer's wait; {@code
   * in_turn} at a turn's start, which waits for it (no fold ahead, or the message was long).
   */
  public void folded(String when) {
    if (available()) {
      registry.get().counter("assistant.history.folds", new Tag("when", when)).inc();
    }
  }

  private boolean available() {
    return registry != null && registry.isResolvable();
  }
}
