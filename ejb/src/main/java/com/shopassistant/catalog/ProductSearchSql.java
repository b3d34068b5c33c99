package com.shopassistant.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the SQL of a product search: plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
 *
 * <p>Every word becomes {@code (lower(p.name) like ? or lower(p.description) like ? or
 * p.category_id in (...))}: on PostgreSQL the GIN trigram indexes on {@code lower(name)} and {@code
 * lower(description)} (migration V5.1) answer each like, and the bitmaps of the words are combined,
 * so only products that can match are read. With words, one statement returns the page and the
 * total ({@code count(*) over ()}): the matches must all be read to sort them anyway. Without
 * words, the page is read in index order and stops early, and the total is a separate count.
 *
 * <p>The columns of {@link #page}: id, code, name, the first {@value #DESCRIPTION_PREFIX}
 * characters of the description, category slug, category name, min price, max price, variants,
 * purchasable variants, total (-1 when not computed).
 */
final class ProductSearchSql {

  /** How much of a description a page reads, enough to tell whether it was shortened. */
  static final int DESCRIPTION_PREFIX = ProductSummary.SHORT_DESCRIPTION_LENGTH + 1;

  private final ProductQuery query;
  private final Long categoryId;
  private final List<CategoryRow> categories;
  private final List<Object> parameters = new ArrayList<>();

  private ProductSearchSql(ProductQuery query, Long categoryId, List<CategoryRow> categories) {
    this.query = query;
    this.categoryId = categoryId;
    this.categories = categories;
  }

  /**
   * The statement of one page.
   *
   * @param categoryId the id of {@code query.categorySlug()}, or null without one
   * @param categories every category, to find those a word names
   */
  static Statement page(ProductQuery query, Long categoryId, List<CategoryRow> categories) {
    return new ProductSearchSql(query, categoryId, categories).pageStatement();
  }

  /** The statement counting every product the query matches. */
  static Statement count(ProductQuery query, Long categoryId, List<CategoryRow> categories) {
    ProductSearchSql sql = new ProductSearchSql(query, categoryId, categories);
    String where = sql.where();
    return new Statement("select count(*) from product p where " + where, sql.parameters);
  }

  private Statement pageStatement() {
    ProductSort sort = query.effectiveSort();
    boolean words = !query.words().isEmpty();
    String filtered =
        "select p.id, p.name, p.min_price, p.max_price, p.created_at, "
            + (sort == ProductSort.RELEVANCE ? rank() : "0")
            + " as relevance from product p where "
            + where();
    String sorted =
        "select f.id, f.name, f.min_price, f.max_price, f.created_at, f.relevance, "
            + (words ? "count(*) over ()" : "-1")
            + " as total from ("
            + filtered
            + ") f order by "
            + sort.orderBy("f")
            + " limit "
            + parameter(query.size())
            + " offset "
            + parameter(query.offset());
    String sql =
        "select p.id, p.code, p.name, substring(p.description from 1 for "
            + DESCRIPTION_PREFIX
            + "), c.slug, c.name, p.min_price, p.max_price,"
            + " (select count(*) from product_variant v where v.product_id = p.id),"
            + " (select count(*) from product_variant v where v.product_id = p.id"
            + " and v.stock_quantity > 0), m.total from ("
            + sorted
            + ") m join product p on p.id = m.id left join category c on c.id = p.category_id"
            + " order by "
            + sort.orderBy("m");
    return new Statement(sql, parameters);
  }

  private String where() {
    List<String> conditions = new ArrayList<>();
    conditions.add("p.active = true");
    query.words().forEach(word -> conditions.add(wordMatches(word)));
    if (categoryId != null) {
      conditions.add("p.category_id = " + parameter(categoryId));
    }
    if (query.needsPurchasableVariant()) {
      conditions.add(purchasableVariant());
    }
    return String.join(" and ", conditions);
  }

  private String wordMatches(String word) {
    String pattern = SearchWords.containing(word);
    StringBuilder sql =
        new StringBuilder("(lower(p.name) like ")
            .append(parameter(pattern))
            .append(" escape '\\' or lower(p.description) like ")
            .append(parameter(pattern))
            .append(" escape '\\'");
    List<Long> named = CategoryRow.idsNaming(categories, word);
    if (!named.isEmpty()) {
      sql.append(" or p.category_id in (")
          .append(named.stream().map(this::parameter).collect(Collectors.joining(", ")))
          .append(")");
    }
    return sql.append(")").toString();
  }

  private String purchasableVariant() {
    StringBuilder sql =
        new StringBuilder(
            "exists (select 1 from product_variant v where v.product_id = p.id"
                + " and v.stock_quantity > 0");
    if (query.minPrice() != null) {
      sql.append(" and v.price >= ").append(parameter(query.minPrice()));
    }
    if (query.maxPrice() != null) {
      sql.append(" and v.price <= ").append(parameter(query.maxPrice()));
    }
    return sql.append(")").toString();
  }

  /**
   * Lower is better: 2 for each word the name lacks (it matched the description or the category),
   * plus 1 unless the name starts with the first word. One word: 0 starts with it, 1 contains it, 3
   * only the description or category does; "desk lamp": "Desk Lamp" 0, "Lamp, Desk" 1, "Desk Chair"
   * 2.
   */
  private String rank() {
    StringBuilder sql = new StringBuilder("(");
    for (String word : query.words()) {
      sql.append("case when lower(p.name) like ")
          .append(parameter(SearchWords.containing(word)))
          .append(" escape '\\' then 0 else 2 end + ");
    }
    return sql.append("case when lower(p.name) like ")
        .append(parameter(SearchWords.startingWith(query.words().get(0))))
        .append(" escape '\\' then 0 else 1 end)")
        .toString();
  }

  /** Adds a value and returns its numbered marker ({@code ?1}, {@code ?2}...). */
  private String parameter(Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  /**
   * SQL with numbered parameters.
   *
   * @param sql the statement, its markers {@code ?1} to {@code ?n}
   * @param parameters the values, the first for {@code ?1}
   */
  record Statement(String sql, List<Object> parameters) {

    Statement {
      parameters = List.copyOf(parameters);
    }
  }
}
