package com.shopassistant.usage;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.OncePerInterval;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the usage gauges at today's alert state: every {@code shop.usage.alert.refresh-interval} (a
 * minute) each instance takes the state from the row all instances share, and the one whose claim
 * succeeds reads the ledger for it first ({@link UsageAlertStates}), so the ledger is read once per
 * interval for the whole service. A scrape of /metrics shows the last state and never queries the
 * database. A non-persistent timer: an instance that stops takes it along.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UsageAlertMonitor {

  private static final Logger LOG = Logger.getLogger(UsageAlertMonitor.class.getName());

  @Resource TimerService timers;
  @Inject UsageReports reports;
  @Inject UsageAlertStates states;
  @Inject UsagePeriods periods;
  @Inject UsageMetrics metrics;

  @Inject
  @ConfigProperty(name = "shop.usage.alert.daily-cost-usd", defaultValue = "75")
  BigDecimal dailyCostThreshold;

  /** How often the gauges' state is read from the database. */
  @Inject
  @ConfigProperty(name = "shop.usage.alert.refresh-interval", defaultValue = "PT1M")
  Duration interval;

  private OncePerInterval failureLog;

  @PostConstruct
  void start() {
    failureLog = new OncePerInterval(Duration.ofMinutes(10), Clock.systemUTC());
    long millis = Math.max(1_000, interval.toMillis());
    timers.createIntervalTimer(millis, millis, new TimerConfig("usage-alert-state", false));
  }

  // Outside a transaction: a failed reading must not roll back and make the container retry.
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void refresh() {
    try {
      metrics.alertState(current(DatabaseTime.now().toInstant()));
    } catch (RuntimeException e) {
      if (failureLog.tryAcquire()) {
        LOG.log(Level.WARNING, "Usage alert state not read; the gauges keep the last one: {0}", e);
      }
    }
  }

  /** The shared state, read from the ledger first when this instance's claim succeeds. */
  private UsageAlertState current(Instant now) {
    if (!states.claim(now, interval)) {
      Optional<UsageAlertState> shared = states.load(dailyCostThreshold);
      // Yesterday's state is no answer after midnight: read today's, as the claimer will.
      if (shared.isPresent() && shared.get().day().equals(periods.dayOf(now))) {
        return shared.get();
      }
    }
    UsageAlertState state = reports.alertState();
    states.save(state, now);
    return state;
  }
}
