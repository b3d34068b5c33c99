package com.shopassistant.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Budget metrics (Prometheus names at /metrics): {@code token_budget_refusals_total{tier,reason}},
 * model calls refused because a customer's tier budget could not cover them.
 */
@ApplicationScoped
public class BudgetMetrics {

  @Inject Instance<MetricRegistry> registry;

  void refused(TokenBudgetExceededException refusal) {
    if (registry.isResolvable()) {
      registry
          .get()
          .counter(
              "token_budget.refusals",
              new Tag("tier", refusal.tier().name().toLowerCase(Locale.ROOT)),
              new Tag("reason", refusal.reason()))
          .inc();
    }
  }
}
