package com.shopassistant.usage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.DoubleAdder;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The cost metrics (Prometheus names at /metrics):
 *
 * <ul>
 *   <li>{@code gemini_cost_usd_total{model}}: USD of the model calls this instance metered since it
 *       started; a gauge that only grows, since MicroProfile counters count whole numbers;
 *   <li>{@code usage_daily_cost_usd}: the ledger's cost today (the store's day, all instances);
 *   <li>{@code usage_daily_cost_alert}: 1 when that is above {@code
 *       shop.usage.alert.daily-cost-usd}, else 0;
 *   <li>{@code usage_customers_over_warning}: customers past the warning share of a limit today.
 * </ul>
 *
 * The last three show the state {@link UsageAlertMonitor} last took from the database, so a scrape
 * never queries it. Without a metric registry (outside a container) nothing is registered.
 */
@ApplicationScoped
public class UsageMetrics {

  static final Metadata COST =
      Metadata.builder()
          .withName("gemini.cost.usd.total")
          .withDescription("USD of the model calls metered by this instance, by model")
          .build();
  static final Metadata DAILY_COST =
      Metadata.builder()
          .withName("usage.daily.cost.usd")
          .withDescription("The ledger's cost today in USD (the store's day, all instances)")
          .build();
  static final Metadata DAILY_COST_ALERT =
      Metadata.builder()
          .withName("usage.daily.cost.alert")
          .withDescription("1 when today's cost is above shop.usage.alert.daily-cost-usd")
          .build();
  static final Metadata OVER_WARNING =
      Metadata.builder()
          .withName("usage.customers.over.warning")
          .withDescription("Customers past the warning share of a tier limit today")
          .build();

  @Inject Instance<MetricRegistry> registries;

  private MetricRegistry registry;
  private final Map<String, DoubleAdder> costs = new ConcurrentHashMap<>();
  private final AtomicReference<UsageAlertState> state = new AtomicReference<>();

  @PostConstruct
  void start() {
    if (registries == null || !registries.isResolvable()) {
      return;
    }
    registry = registries.get();
    registry.gauge(DAILY_COST, () -> show(s -> s.today().costUsd().doubleValue()));
    registry.gauge(DAILY_COST_ALERT, () -> show(s -> s.costAlert() ? 1 : 0));
    registry.gauge(OVER_WARNING, () -> show(s -> (double) s.customersOverWarning()));
  }

  /** Adds a metered call's cost; the metric alone takes it as a double. */
  void cost(String model, BigDecimal usd) {
    if (registry == null || usd == null || usd.signum() == 0) {
      return;
    }
    costs
        .computeIfAbsent(
            model,
            name -> {
              DoubleAdder adder = new DoubleAdder();
              registry.gauge(COST, adder::sum, new Tag("model", name));
              return adder;
            })
        .add(usd.doubleValue());
  }

  /** The alert state the gauges show from now on. */
  void alertState(UsageAlertState current) {
    state.set(current);
  }

  private double show(java.util.function.ToDoubleFunction<UsageAlertState> value) {
    UsageAlertState current = state.get();
    return current == null ? 0 : value.applyAsDouble(current);
  }
}
