package com.shopassistant.usage;

import com.shopassistant.customer.Customer;
import com.shopassistant.ops.DatabaseTime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enforces the tier budgets before each model call, for all instances at once.
 *
 * <p>A call first reserves tokens: in a short transaction that locks the customer's row (so that
 * concurrent calls of one customer, on any instance, check one after the other), it adds the tokens
 * metered in the ledger today and this month to those reserved by calls still in flight, and sets
 * aside the call's estimate: its prompt plus {@code gemini.max-output-tokens}. A call is refused
 * when even its prompt plus {@code shop.usage.budget.min-output-tokens} does not fit; one that fits
 * only partly reserves what is left, which is then all used up. So a budget is passed by at most
 * one call's excess, whatever the concurrency. The reservation is deleted in the ledger row's
 * transaction ({@link #settle}) or when the call fails ({@link #release}).
 */
@Stateless
public class TokenBudgetService {

  static final int CLEANUP_ONE_IN = 100;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject TierBudgets budgets;
  @Inject UsagePeriods periods;
  @Inject BudgetMetrics metrics;
  @Inject ModelRateLimiter modelLimit;

  /** How long a reservation counts if its call never settles it (an instance died mid-call). */
  @Inject
  @ConfigProperty(name = "shop.usage.budget.reservation-ttl", defaultValue = "PT5M")
  Duration reservationTtl;

  /** The smallest answer a call must have room for, beyond its prompt, to be made at all. */
  @Inject
  @ConfigProperty(name = "shop.usage.budget.min-output-tokens", defaultValue = "256")
  int minOutputTokens;

  @Inject
  @ConfigProperty(name = "gemini.max-output-tokens", defaultValue = "2048")
  int maxOutputTokens;

  /**
   * Sets aside the tokens of a call whose prompt is estimated at {@code promptTokens}.
   *
   * @throws TokenBudgetExceededException when the customer's daily or monthly budget cannot cover
   *     it; nothing is reserved then
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BudgetReservation reserve(long customerId, int promptTokens)
      throws TokenBudgetExceededException {
    return reserveHere(customerId, promptTokens);
  }

  /**
   * Like {@link #reserve}, in the caller's transaction, so that a turn's writes after a model call
   * and the next call's reservation commit together. A refusal is returned rather than thrown: the
   * caller's writes must commit all the same.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public ReservationAttempt tryReserve(long customerId, int promptTokens) {
    try {
      return ReservationAttempt.granted(reserveHere(customerId, promptTokens));
    } catch (TokenBudgetExceededException e) {
      return ReservationAttempt.refused(e);
    }
  }

  // Called on this instance, not through the container: a refusal rolls nothing back here.
  private BudgetReservation reserveHere(long customerId, int promptTokens)
      throws TokenBudgetExceededException {
    Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null || budgets.of(customer.getTier()).unlimited()) {
      return BudgetReservation.NONE;
    }
    Instant now = DatabaseTime.now().toInstant();
    BudgetStatus status = statusOf(customer, now);
    long tokens;
    try {
      tokens = tokensToReserve(status, promptTokens, minOutputTokens, maxOutputTokens);
    } catch (TokenBudgetExceededException e) {
      metrics.refused(e);
      throw e;
    }
    String id = UUID.randomUUID().toString();
    em.createNativeQuery(
            "insert into token_reservation (id, customer_id, tokens, created_at, expires_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, customerId)
        .setParameter(3, (int) tokens)
        .setParameter(4, DatabaseTime.normalize(now.atOffset(java.time.ZoneOffset.UTC)))
        .setParameter(
            5, DatabaseTime.normalize(now.plus(reservationTtl).atOffset(java.time.ZoneOffset.UTC)))
        .executeUpdate();
    if (ThreadLocalRandom.current().nextInt(CLEANUP_ONE_IN) == 0) {
      em.createNativeQuery("delete from token_reservation where expires_at < ?1")
          .setParameter(1, DatabaseTime.now())
          .executeUpdate();
    }
    // The global model limit counts the call here too: one transaction before the call, not two.
    return new BudgetReservation(
        id, tokens, modelLimit.countInTransaction((long) promptTokens + maxOutputTokens));
  }

  /** Ends a reservation whose call was metered; runs in the transaction of the ledger row. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void settle(BudgetReservation reservation) {
    delete(reservation);
  }

  /** Ends a reservation whose call was not made or failed: its tokens are free again. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(BudgetReservation reservation) {
    delete(reservation);
  }

  /** Where the customer stands now; empty for an unknown customer. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<BudgetStatus> status(long customerId) {
    Customer customer = em.find(Customer.class, customerId);
    return customer == null
        ? Optional.empty()
        : Optional.of(statusOf(customer, DatabaseTime.now().toInstant()));
  }

  /**
   * The tokens to set aside: prompt and the longest answer when they fit, else what is left when at
   * least the prompt and the shortest answer fit.
   */
  static long tokensToReserve(
      BudgetStatus status, int promptTokens, int minOutputTokens, int maxOutputTokens)
      throws TokenBudgetExceededException {
    long needed = (long) Math.max(0, promptTokens) + Math.max(1, minOutputTokens);
    BudgetPeriod exceeded = status.exceededBy(needed);
    if (exceeded != null) {
      boolean day = exceeded == BudgetPeriod.DAY;
      throw new TokenBudgetExceededException(
          exceeded,
          status.tier(),
          day ? status.dailyLimit().tokens() : status.monthlyLimit().tokens(),
          day ? status.remainingToday() : status.remainingThisMonth(),
          day ? status.dayResetsAt() : status.monthResetsAt());
    }
    long wanted = (long) Math.max(0, promptTokens) + Math.max(minOutputTokens, maxOutputTokens);
    return Math.min(wanted, status.available());
  }

  private BudgetStatus statusOf(Customer customer, Instant now) {
    TierBudget budget = budgets.of(customer.getTier());
    long[] used = tokensUsed(customer.getId(), now);
    long today = used[0];
    long month = used[1];
    double share = budgets.warningShare();
    boolean warning =
        budget.daily().reached(today, share) || budget.monthly().reached(month, share);
    return new BudgetStatus(
        customer.getTier(),
        budget.daily(),
        today,
        periods.nextDayStart(now),
        budget.monthly(),
        month,
        periods.nextMonthStart(now),
        used[2],
        warning);
  }

  /**
   * Tokens used today, this month, and reserved by calls in flight: one statement, since it runs
   * before every model call (a day never starts before its month).
   */
  private long[] tokensUsed(long customerId, Instant now) {
    if (em.isJoinedToTransaction()) {
      em.flush(); // a ledger row written in this transaction counts
    }
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select coalesce(sum(case when occurred_at >= ?1 then total_tokens else 0"
                        + " end), 0), coalesce(sum(total_tokens), 0),"
                        + " (select coalesce(sum(tokens), 0) from token_reservation"
                        + " where customer_id = ?3 and expires_at > ?4)"
                        + " from token_usage where customer_id = ?3 and occurred_at >= ?2")
                .setParameter(1, DatabaseTime.normalize(periods.dayStart(now)))
                .setParameter(2, DatabaseTime.normalize(periods.monthStart(now)))
                .setParameter(3, customerId)
                .setParameter(4, DatabaseTime.normalize(now.atOffset(java.time.ZoneOffset.UTC)))
                .getSingleResult();
    return new long[] {number(row[0]), number(row[1]), number(row[2])};
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private void delete(BudgetReservation reservation) {
    if (reservation != null && reservation.held()) {
      em.createNativeQuery("delete from token_reservation where id = ?1")
          .setParameter(1, reservation.id())
          .executeUpdate();
    }
  }
}
