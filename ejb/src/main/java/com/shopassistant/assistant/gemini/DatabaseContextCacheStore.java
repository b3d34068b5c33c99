package com.shopassistant.assistant.gemini;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Context cache names in PostgreSQL ({@code gemini_context_cache}, one row per model and prompt),
 * so that 20 instances share one cache per model instead of paying for 20. Each call runs in a
 * short transaction of its own, apart from the chat's. The SQL is {@link ContextCacheSql}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DatabaseContextCacheStore implements ContextCacheStore {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  @Override
  public Optional<ContextCacheEntry> find(String model, String promptHash) {
    return ContextCacheSql.find(database(), model, promptHash);
  }

  @Override
  public void save(ContextCacheEntry entry) {
    ContextCacheSql.save(database(), entry, clock.instant());
  }

  @Override
  public void forget(String model, String promptHash, String name) {
    ContextCacheSql.forget(database(), model, promptHash, name);
  }

  private ContextCacheSql.Database database() {
    return new ContextCacheSql.Database() {
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
