package com.shopassistant.ops;

import com.shopassistant.assistant.Conversation;
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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The gauge {@code assistant_conversations_active}: conversations of all instances with activity (a
 * message, a summary, a confirmation) in the last {@code shop.ops.active-conversations.window},
 * read from PostgreSQL every {@code shop.ops.active-conversations.refresh-interval} (30 s), since
 * the conversations of one instance say nothing about the service. A scrape shows the last reading
 * and never queries the database; a failed reading keeps the previous one.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ActiveConversations {

  static final Metadata ACTIVE =
      Metadata.builder()
          .withName("assistant.conversations.active")
          .withDescription(
              "Conversations with activity in the last shop.ops.active-conversations.window,"
                  + " all instances")
          .build();

  private static final Logger LOG = Logger.getLogger(ActiveConversations.class.getName());

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Resource TimerService timers;

  @Inject Instance<MetricRegistry> registries;

  /** How far back a conversation's last activity makes it active. */
  @Inject
  @ConfigProperty(name = "shop.ops.active-conversations.window", defaultValue = "PT15M")
  Duration window;

  /** How often the count is read from the database. */
  @Inject
  @ConfigProperty(name = "shop.ops.active-conversations.refresh-interval", defaultValue = "PT30S")
  Duration interval;

  private final AtomicLong active = new AtomicLong();
  private OncePerInterval failureLog;

  @PostConstruct
  void start() {
    failureLog = new OncePerInterval(Duration.ofMinutes(10), Clock.systemUTC());
    if (registries != null && registries.isResolvable()) {
      registries.get().gauge(ACTIVE, active, AtomicLong::doubleValue);
    }
    long millis = Math.max(1_000, interval.toMillis());
    timers.createIntervalTimer(1_000, millis, new TimerConfig("active-conversations", false));
  }

  // Outside a transaction: a failed reading must not roll back and make the container retry.
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void refresh() {
    try {
      active.set(count());
    } catch (RuntimeException e) {
      if (failureLog.tryAcquire()) {
        LOG.log(
            Level.WARNING,
            "Active conversations not counted; the gauge keeps {0}: {1}",
            new Object[] {active.get(), e});
      }
    }
  }

  private long count() {
    return em.createNamedQuery(Conversation.COUNT_ACTIVE_SINCE, Long.class)
        .setParameter("since", DatabaseTime.now().minus(window))
        .getSingleResult();
  }
}
