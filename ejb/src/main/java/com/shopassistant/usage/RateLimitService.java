package com.shopassistant.usage;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts requests per caller in fixed one-minute windows held in PostgreSQL ({@code
 * rate_limit_window}), so that all instances share one count per caller.
 *
 * <p>Counting uses single atomic statements: an increment of the window's row, and when there is no
 * row yet an insert that does nothing if another instance inserted it first ({@code on conflict do
 * nothing}, which H2 also understands in PostgreSQL mode), followed by the increment again. No
 * statement ever fails on a race, so a race never fails a request.
 *
 * <p>Each check runs in its own transaction: it neither joins nor rolls back the caller's work, and
 * its row lock is held only for the few statements here. Old windows are deleted by roughly one
 * call in {@value #CLEANUP_ONE_IN}, which bounds the table without a timer.
 */
@Stateless
public class RateLimitService {

  static final int CLEANUP_ONE_IN = 100;
  static final int KEEP_MINUTES = 10;
  static final int MAX_SUBJECT_LENGTH = 200;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Requests a caller may make per minute; 0 turns rate limiting off. */
  @Inject
  @ConfigProperty(name = "shop.rate-limit.requests-per-minute", defaultValue = "100")
  int requestsPerMinute;

  Clock clock = Clock.systemUTC();

  /**
   * Counts one request of {@code subject} ({@code user:<name>} or {@code ip:<address>}) and says
   * whether it may proceed.
   *
   * @throws RateLimitUnavailableException when the database cannot count it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RateLimitDecision check(String subject) throws RateLimitUnavailableException {
    if (requestsPerMinute <= 0) {
      return RateLimitDecision.unlimited();
    }
    Instant now = clock.instant();
    RateLimitWindow window = RateLimitWindow.containing(now);
    try {
      long count = count(bounded(subject), window.startInUtc());
      if (ThreadLocalRandom.current().nextInt(CLEANUP_ONE_IN) == 0) {
        deleteWindowsBefore(window.startInUtc().minusMinutes(KEEP_MINUTES));
      }
      return window.decide(count, requestsPerMinute, now);
    } catch (RuntimeException e) {
      // PersistenceException mostly, but providers also throw their own runtime exceptions when
      // no connection can be had; either way the caller decides, the request is not failed here.
      throw new RateLimitUnavailableException("rate-limit counters unavailable", e);
    }
  }

  /** Adds one to the window's count and returns the new count. */
  private long count(String subject, OffsetDateTime windowStart) {
    if (increment(subject, windowStart) == 0
        && insertFirst(subject, windowStart) == 0
        && increment(subject, windowStart) == 0) {
      // Inserted by another instance and deleted before we could count: count this one alone.
      return 1;
    }
    Number count =
        (Number)
            em.createNativeQuery(
                    "select request_count from rate_limit_window"
                        + " where subject = ?1 and window_start = ?2")
                .setParameter(1, subject)
                .setParameter(2, windowStart)
                .getSingleResult();
    return count.longValue();
  }

  private int increment(String subject, OffsetDateTime windowStart) {
    return em.createNativeQuery(
            "update rate_limit_window set request_count = request_count + 1"
                + " where subject = ?1 and window_start = ?2")
        .setParameter(1, subject)
        .setParameter(2, windowStart)
        .executeUpdate();
  }

  private int insertFirst(String subject, OffsetDateTime windowStart) {
    return em.createNativeQuery(
            "insert into rate_limit_window (subject, window_start, request_count)"
                + " values (?1, ?2, 1) on conflict do nothing")
        .setParameter(1, subject)
        .setParameter(2, windowStart)
        .executeUpdate();
  }

  private void deleteWindowsBefore(OffsetDateTime cutoff) {
    em.createNativeQuery("delete from rate_limit_window where window_start < ?1")
        .setParameter(1, cutoff)
        .executeUpdate();
  }

  /** The column holds 200 characters; a longer subject (a forged header) is cut, not refused. */
  static String bounded(String subject) {
    return subject.length() <= MAX_SUBJECT_LENGTH
        ? subject
        : subject.substring(0, MAX_SUBJECT_LENGTH);
  }
}
