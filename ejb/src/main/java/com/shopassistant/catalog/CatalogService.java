package com.shopassistant.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public catalog, read only: product search, one product, the categories. Open to anonymous
 * callers, so it takes no customer id.
 *
 * <p>A search costs two statements: the categories (a few rows: which ones the words name, the id
 * of a category slug) and the page, which with search words carries the total too. Only a search
 * without words whose page is full, or a page past the end, runs a third statement to count. See
 * {@link ProductSearchSql} for the SQL and {@code docs/benchmarks/catalog-search.md} for its cost.
 * The same search within a few seconds is answered from {@link SearchPageCache} (the REST API keeps
 * its answers itself and calls {@link #searchUncached}).
 *
 * <p>The methods carry no Bean Validation constraints (decision 0002: {@link #search} throws a
 * checked exception); the REST resource checks its parameters and {@link ProductQuery} refuses what
 * no caller should build.
 */
@Stateless
public class CatalogService {

  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  /**
   * Counted per category from the index on (category_id, active) alone: a join with a group by read
   * the whole product table instead (55 ms at 100,000 products against 7 ms).
   */
  static final String CATEGORY_COUNTS =
      "select c.slug, c.name, (select count(*) from product p where p.category_id = c.id"
          + " and p.active = true) from category c order by c.name, c.slug";

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject SearchPageCache cache;

  /**
   * One page of the products on sale that match {@code query}; a page answered in the last seconds
   * may come from {@link SearchPageCache}.
   */
  public ProductPage search(ProductQuery query) throws UnknownCategoryException {
    Optional<ProductPage> kept = cache.get(query);
    if (kept.isPresent()) {
      return kept.get();
    }
    ProductPage page = ProductSearch.run(query, new JpaDatabase());
    cache.put(query, page);
    return page;
  }

  /**
   * {@link #search} straight from the database, for a caller that keeps answers of its own (the
   * REST API keeps them as JSON): {@link SearchPageCache} is neither read nor filled, so the page
   * is as fresh as the database and the ages of two caches never add up.
   */
  public ProductPage searchUncached(ProductQuery query) throws UnknownCategoryException {
    return ProductSearch.run(query, new JpaDatabase());
  }

  /**
   * A product by id, or by code when no product has that id (tau2 codes are digits too); withdrawn
   * products included. Empty when there is neither. Three statements however many variants.
   */
  public Optional<ProductDetail> product(String idOrCode) {
    String key = idOrCode == null ? "" : idOrCode.strip();
    if (key.isEmpty()) {
      return Optional.empty();
    }
    long id = ID.matcher(key).matches() ? Long.parseLong(key) : -1;
    List<Product> found =
        em.createNamedQuery(Product.FIND_DETAIL_BY_ID_OR_CODE, Product.class)
            .setParameter("id", id)
            .setParameter("code", key)
            .getResultList();
    return found.stream()
        .filter(p -> p.getId() == id)
        .findFirst()
        .or(() -> found.stream().findFirst())
        .map(ProductDetail::of);
  }

  /** Every category by name, with how many products on sale it holds. */
  public List<CategorySummary> categories() {
    List<?> rows = em.createNativeQuery(CATEGORY_COUNTS).getResultList();
    return rows.stream().map(Object[].class::cast).map(CatalogService::categorySummary).toList();
  }

  static CategorySummary categorySummary(Object[] row) {
    return new CategorySummary(
        (String) row[0], (String) row[1], ProductSearch.number(row[2]).longValue());
  }

  /** The search's statements as native queries of this unit. */
  private final class JpaDatabase implements ProductSearch.Database {

    @Override
    public List<CategoryRow> categories() {
      List<?> rows = em.createNativeQuery("select id, slug, name from category").getResultList();
      return rows.stream()
          .map(Object[].class::cast)
          .map(
              r ->
                  new CategoryRow(
                      ProductSearch.number(r[0]).longValue(), (String) r[1], (String) r[2]))
          .toList();
    }

    @Override
    public List<Object[]> rows(ProductSearchSql.Statement statement) {
      Query query = em.createNativeQuery(statement.sql());
      for (int i = 0; i < statement.parameters().size(); i++) {
        query.setParameter(i + 1, statement.parameters().get(i));
      }
      return query.getResultList().stream()
          .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
          .toList();
    }
  }
}
