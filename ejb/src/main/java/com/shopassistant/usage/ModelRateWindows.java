package com.shopassistant.usage;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The global model limit's counts in PostgreSQL ({@link ModelRateWindowSql}). Each method runs in a
 * short transaction of its own, apart from the chat's, so the window's row is locked only for the
 * statements here; a wait for the next window happens outside any transaction ({@link
 * ModelRateLimiter}). Windows older than {@link #KEEP} are deleted by roughly one call in {@value
 * #CLEANUP_ONE_IN}, which bounds the table without a timer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ModelRateWindows {

  static final int CLEANUP_ONE_IN = 100;
  static final Duration KEEP = Duration.ofHours(1);

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /**
   * Counts one call in the window starting at {@code window} if both limits allow it.
   *
   * @param maxRequests the requests the window may hold ({@link Long#MAX_VALUE}: no limit)
   * @param maxTokens the tokens the window may hold ({@link Long#MAX_VALUE}: no limit)
   * @throws RateLimitUnavailableException when the database cannot count it
   */
  public ModelRateOutcome count(Instant window, long tokens, long maxRequests, long maxTokens)
      throws RateLimitUnavailableException {
    try {
      ModelRateOutcome outcome =
          ModelRateWindowSql.count(
              database(), window.atOffset(ZoneOffset.UTC), tokens, maxRequests, maxTokens);
      if (ThreadLocalRandom.current().nextInt(CLEANUP_ONE_IN) == 0) {
        ModelRateWindowSql.deleteBefore(database(), window.minus(KEEP).atOffset(ZoneOffset.UTC));
      }
      return outcome;
    } catch (RuntimeException e) {
      // PersistenceException mostly, or the provider's own when no connection can be had.
      throw new RateLimitUnavailableException("model rate windows unavailable", e);
    }
  }

  /**
   * Like {@link #count}, in the caller's transaction (a budget reservation's), so that a call is
   * reserved and counted in one; the window's row stays locked until that transaction ends, which
   * is right after.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public ModelRateOutcome countInTransaction(
      Instant window, long tokens, long maxRequests, long maxTokens) {
    return ModelRateWindowSql.count(
        database(), window.atOffset(ZoneOffset.UTC), tokens, maxRequests, maxTokens);
  }

  /**
   * Like {@link #correct}, in the caller's transaction: the one that ends the call's budget
   * reservation, which counted it. Last in that transaction, as in the reservation's, so that the
   * window's row is locked after the customer's and only until the commit.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void correctInTransaction(Instant window, long delta) {
    ModelRateWindowSql.correct(database(), window.atOffset(ZoneOffset.UTC), delta);
  }

  /**
   * Corrects the tokens counted in a window by {@code delta} (the call's real tokens less its
   * estimate).
   *
   * @throws RateLimitUnavailableException when the database cannot take it
   */
  public void correct(Instant window, long delta) throws RateLimitUnavailableException {
    try {
      ModelRateWindowSql.correct(database(), window.atOffset(ZoneOffset.UTC), delta);
    } catch (RuntimeException e) {
      throw new RateLimitUnavailableException("model rate windows unavailable", e);
    }
  }

  private ModelRateWindowSql.Database database() {
    return new ModelRateWindowSql.Database() {
      @Override
      @SuppressWarnings("unchecked")
      public List<Object[]> query(String sql, Object... parameters) {
        return bind(em.createNativeQuery(sql), parameters).getResultList();
      }

      @Override
      public int update(String sql, Object... parameters) {
        return bind(em.createNativeQuery(sql), parameters).executeUpdate();
      }
    };
  }

  private static Query bind(Query query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
