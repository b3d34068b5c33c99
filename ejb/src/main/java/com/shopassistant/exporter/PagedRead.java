package com.shopassistant.exporter;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every row of a query a page at a time, each page's collections fetched with one {@code in}
 * query per path, and forgets the page before the next: a store of any size is written with one
 * page of entities in memory.
 */
final class PagedRead {

  /** Rows per page: a few statements per page, a bounded persistence context. */
  static final int PAGE_SIZE = 200;

  private PagedRead() {}

  /**
   * @param jpql a query ordered by a unique key, so pages neither overlap nor skip rows
   * @param fetch relationship paths loaded for the whole page at once (EclipseLink batch reading)
   */
  static <E> void each(
      EntityManager em, Class<E> type, String jpql, Consumer<E> row, String... fetch) {
    for (int first = 0; ; first += PAGE_SIZE) {
      TypedQuery<E> query =
          em.createQuery(jpql, type).setFirstResult(first).setMaxResults(PAGE_SIZE);
      if (fetch.length > 0) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : fetch) {
          query.setHint("eclipselink.batch", path);
        }
      }
      List<E> page = query.getResultList();
      page.forEach(row);
      em.clear();
      if (page.size() < PAGE_SIZE) {
        return;
      }
    }
  }
}
