package com.shopassistant.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the importer talks to JPA in bulk: rows are handled in batches, each batch's stored entities
 * come from a few {@code in} queries, and the persistence context is flushed and cleared after
 * every batch so a file of 100,000 rows never holds more than one batch of entities.
 */
final class JpaBatches {

  /** Rows per batch: large enough to amortise the queries, small enough to keep memory flat. */
  static final int BATCH_SIZE = 200;

  /** Parameters per {@code in} list; PostgreSQL and H2 take far more, this keeps plans cached. */
  static final int IN_LIMIT = 500;

  private final EntityManager em;

  JpaBatches(EntityManager em) {
    this.em = em;
  }

  static <T> List<List<T>> split(List<T> rows, int size) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += size) {
      batches.add(rows.subList(from, Math.min(rows.size(), from + size)));
    }
    return batches;
  }

  /**
   * The stored entities whose key is in {@code keys}, by key.
   *
   * @param jpql a query with an {@code in :keys} parameter and alias {@code e}
   * @param fetch relationship paths (from {@code e}) to load for all results at once; EclipseLink
   *     reads each with one extra {@code in} query instead of one query per entity, and other
   *     providers ignore the hint
   */
  <E> Map<String, E> find(
      Class<E> type,
      String jpql,
      Collection<String> keys,
      Function<E, String> keyOf,
      String... fetch) {
    Map<String, E> found = new HashMap<>();
    for (List<String> part : split(new ArrayList<>(new LinkedHashSet<>(keys)), IN_LIMIT)) {
      TypedQuery<E> query = em.createQuery(jpql, type).setParameter("keys", part);
      if (fetch.length > 0) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : fetch) {
          query.setHint("eclipselink.batch", path);
        }
      }
      query.getResultList().forEach(e -> found.put(keyOf.apply(e), e));
    }
    return found;
  }

  /** Writes the batch and forgets its entities. */
  void endBatch() {
    flush();
    em.clear();
  }

  /**
   * Flushes, reporting any failure as a {@link PersistenceException}: callers catch the entities'
   * {@link IllegalArgumentException}s and {@link IllegalStateException}s as problems of the file,
   * and a provider that throws those from a flush must not pass for one.
   */
  void flush() {
    try {
      em.flush();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new PersistenceException("flushing the import failed", e);
    }
  }

  EntityManager em() {
    return em;
  }
}
