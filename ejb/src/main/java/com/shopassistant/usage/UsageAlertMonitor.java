package com.shopassistant.usage;

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
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads today's alert state from the database once per {@code shop.usage.alert.refresh-interval} (a
 * minute) on each instance, for the usage gauges: a scrape of /metrics shows the last reading and
 * never queries the database. A non-persistent timer: an instance that stops takes it along.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UsageAlertMonitor {

  private static final Logger LOG = Logger.getLogger(UsageAlertMonitor.class.getName());

  @Resource TimerService timers;
  @Inject UsageReports reports;
  @Inject UsageMetrics metrics;

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
      metrics.alertState(reports.alertState());
    } catch (RuntimeException e) {
      if (failureLog.tryAcquire()) {
        LOG.log(Level.WARNING, "Usage alert state not read; the gauges keep the last one: {0}", e);
      }
    }
  }
}
