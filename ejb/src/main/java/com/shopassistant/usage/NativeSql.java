package com.shopassistant.usage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one native SQL statement: JPA native queries in the application ({@link #of}), JDBC in the
 * tests that run the same statements on H2 and PostgreSQL. {@code ?n} is bound to {@code
 * parameters[n - 1]}; every row comes back as an array, one column or many.
 */
interface NativeSql {

  List<Object[]> query(String sql, Object... parameters);

  int update(String sql, Object... parameters);

  /** The statements run through {@code em}, in the caller's transaction. */
  static NativeSql of(EntityManager em) {
    return new NativeSql() {
      @Override
      public List<Object[]> query(String sql, Object... parameters) {
        List<?> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
        List<Object[]> arrays = new ArrayList<>(rows.size());
        // A provider answers a one-column query with the values themselves, not arrays.
        for (Object row : rows) {
          arrays.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return arrays;
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
