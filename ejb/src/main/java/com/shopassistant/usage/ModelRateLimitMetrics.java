package com.shopassistant.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The global model limit's metrics (Prometheus names at /metrics), per instance:
 *
 * <ul>
 *   <li>{@code model_rate_limit_acquired_total}: calls counted and let through;
 *   <li>{@code model_rate_limit_waits_total}: refused calls that waited for the next window;
 *   <li>{@code model_rate_limit_wait_seconds}: how long they waited (a timer);
 *   <li>{@code model_rate_limit_rejections_total{reason}}: calls refused (503), reason requests or
 *       tokens;
 *   <li>{@code model_rate_limit_unavailable_total}: calls let through uncounted because the
 *       database could not count them, and corrections it could not take.
 * </ul>
 *
 * Without a metric registry (outside a container) nothing is counted.
 */
@ApplicationScoped
public class ModelRateLimitMetrics {

  @Inject Instance<MetricRegistry> registry;

  void acquired() {
    if (available()) {
      registry.get().counter("model_rate_limit.acquired").inc();
    }
  }

  void waited(Duration took) {
    if (available()) {
      registry.get().counter("model_rate_limit.waits").inc();
      registry.get().timer("model_rate_limit.wait").update(took);
    }
  }

  void rejected(ModelRateOutcome reason) {
    if (available()) {
      registry
          .get()
          .counter("model_rate_limit.rejections", new Tag("reason", reason.reason()))
          .inc();
    }
  }

  void unavailable() {
    if (available()) {
      registry.get().counter("model_rate_limit.unavailable").inc();
    }
  }

  private boolean available() {
    return registry != null && registry.isResolvable();
  }
}
