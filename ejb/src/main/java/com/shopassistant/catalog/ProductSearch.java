package com.shopassistant.catalog;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a product search on a {@link Database}: reads the categories when words or a category slug
 * need them, the page ({@link ProductSearchSql#page}), and a count only when the page cannot tell
 * the total. Separate from {@link CatalogService} so that tests run it on plain JDBC.
 */
final class ProductSearch {

  private ProductSearch() {}

  /** Where the statements run. */
  interface Database {

    /** Every category: id, slug, name. */
    List<CategoryRow> categories();

    /** The rows of a statement. */
    List<Object[]> rows(ProductSearchSql.Statement statement);
  }

  static ProductPage run(ProductQuery query, Database database) throws UnknownCategoryException {
    boolean needCategories = !query.words().isEmpty() || query.categorySlug() != null;
    List<CategoryRow> categories = needCategories ? database.categories() : List.of();
    Long categoryId = null;
    if (query.categorySlug() != null) {
      categoryId =
          CategoryRow.idOf(categories, query.categorySlug())
              .orElseThrow(() -> new UnknownCategoryException(query.categorySlug()));
    }
    List<Object[]> rows = database.rows(ProductSearchSql.page(query, categoryId, categories));
    long total;
    if (!rows.isEmpty() && number(rows.get(0)[10]).longValue() >= 0) {
      total = number(rows.get(0)[10]).longValue();
    } else if (rows.size() < query.size() && (!rows.isEmpty() || query.page() == 1)) {
      total = query.offset() + rows.size(); // the last page: the pages before it and its rows
    } else {
      ProductSearchSql.Statement count = ProductSearchSql.count(query, categoryId, categories);
      total = number(database.rows(count).get(0)[0]).longValue();
    }
    List<ProductSummary> items = rows.stream().map(ProductSearch::summary).toList();
    return new ProductPage(items, query.page(), query.size(), total);
  }

  /** One row of {@link ProductSearchSql#page}. */
  static ProductSummary summary(Object[] r) {
    String slug = (String) r[4];
    return new ProductSummary(
        number(r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        ProductSummary.shorten(text(r[3])),
        slug == null ? null : new CategoryRef(slug, (String) r[5]),
        (BigDecimal) r[6],
        (BigDecimal) r[7],
        ProductSummary.CURRENCY,
        number(r[9]).longValue() > 0,
        number(r[8]).intValue());
  }

  static Number number(Object value) {
    return (Number) value;
  }

  /** H2 hands {@code text} columns over as CLOBs, PostgreSQL as strings. */
  static String text(Object value) {
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) Math.min(clob.length(), Integer.MAX_VALUE));
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read a description", e);
      }
    }
    return (String) value;
  }
}
