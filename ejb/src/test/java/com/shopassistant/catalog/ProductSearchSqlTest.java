package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of the search statements; {@link SearchSqlContract} runs them on real databases. */
class ProductSearchSqlTest {

  private static final List<CategoryRow> CATEGORIES =
      List.of(
          new CategoryRow(7, "audio", "Audio & Music"),
          new CategoryRow(8, "home-audio", "Home Audio"),
          new CategoryRow(9, "lighting", "Lighting"));

  @Test
  void everyWordMustMatchNameOrDescriptionAsALikeOnLowerCase() {
    ProductSearchSql.Statement page = page(words("desk", "lamp"), null);

    assertThat(page.sql())
        .contains(
            "(lower(p.name) like ?4 escape '\\' or lower(p.description) like ?5 escape '\\')"
                + " and (lower(p.name) like ?6 escape '\\' or lower(p.description) like ?7"
                + " escape '\\')")
        .startsWith("select p.id, p.code, p.name, substring(p.description from 1 for 161)");
    assertThat(page.parameters().subList(3, 7))
        .containsExactly("%desk%", "%desk%", "%lamp%", "%lamp%");
  }

  @Test
  void aWordNamingCategoriesAlsoMatchesTheirProducts() {
    ProductSearchSql.Statement count = ProductSearchSql.count(words("audio"), null, CATEGORIES);

    assertThat(count.sql())
        .isEqualTo(
            "select count(*) from product p where p.active = true and (lower(p.name) like ?1"
                + " escape '\\' or lower(p.description) like ?2 escape '\\'"
                + " or p.category_id in (?3, ?4))");
    assertThat(count.parameters()).containsExactly("%audio%", "%audio%", 7L, 8L);
  }

  @Test
  void wildcardsInAWordAreEscaped() {
    ProductSearchSql.Statement count = ProductSearchSql.count(words("50%_off"), null, CATEGORIES);

    assertThat(count.parameters()).containsExactly("%50\\%\\_off%", "%50\\%\\_off%");
  }

  @Test
  void withWordsThePageCarriesTheTotalAndIsRankedByWordsInTheName() {
    ProductSearchSql.Statement page = page(words("desk", "lamp"), null);

    assertThat(page.sql())
        .contains("count(*) over () as total")
        .contains(
            "(case when lower(p.name) like ?1 escape '\\' then 0 else 2 end"
                + " + case when lower(p.name) like ?2 escape '\\' then 0 else 2 end"
                + " + case when lower(p.name) like ?3 escape '\\' then 0 else 1 end)"
                + " as relevance")
        .contains(") f order by f.relevance, f.name, f.id limit ?8 offset ?9")
        .endsWith(" order by m.relevance, m.name, m.id");
    assertThat(page.parameters().subList(0, 3)).containsExactly("%desk%", "%lamp%", "desk%");
    assertThat(page.parameters().subList(7, 9)).containsExactly(20, 40L);
  }

  @Test
  void oneWordRanksStartingWithItThenContainingIt() {
    ProductSearchSql.Statement page = page(words("lamp"), null);

    assertThat(page.sql())
        .contains(
            "(case when lower(p.name) like ?1 escape '\\' then 0 else 2 end"
                + " + case when lower(p.name) like ?2 escape '\\' then 0 else 1 end)"
                + " as relevance");
    assertThat(page.parameters().subList(0, 2)).containsExactly("%lamp%", "lamp%");
  }

  @Test
  void withoutWordsThePageLeavesTheTotalToACountAndIsByName() {
    ProductSearchSql.Statement page = page(ProductQuery.all(), null);

    assertThat(page.sql())
        .contains("-1 as total")
        .contains("0 as relevance from product p where p.active = true)")
        .contains("order by f.name, f.id limit ?1 offset ?2")
        .doesNotContain("like")
        .doesNotContain("over");
    assertThat(page.parameters()).containsExactly(20, 0L);
  }

  @Test
  void aCategoryFiltersByItsId() {
    ProductQuery query = new ProductQuery(List.of(), "lighting", null, null, false, null, 1, 20);

    ProductSearchSql.Statement count = ProductSearchSql.count(query, 9L, CATEGORIES);

    assertThat(count.sql())
        .isEqualTo("select count(*) from product p where p.active = true and p.category_id = ?1");
    assertThat(count.parameters()).containsExactly(9L);
  }

  @Test
  void aPriceRangeNeedsAPurchasableVariantInIt() {
    ProductQuery query =
        new ProductQuery(
            List.of(), null, new BigDecimal("10"), new BigDecimal("99.50"), false, null, 1, 20);

    ProductSearchSql.Statement count = ProductSearchSql.count(query, null, CATEGORIES);

    assertThat(count.sql())
        .endsWith(
            " and exists (select 1 from product_variant v where v.product_id = p.id"
                + " and v.stock_quantity > 0 and v.price >= ?1 and v.price <= ?2)");
    assertThat(count.parameters()).containsExactly(new BigDecimal("10"), new BigDecimal("99.50"));
  }

  @Test
  void inStockNeedsAPurchasableVariantAtAnyPrice() {
    ProductQuery query = new ProductQuery(List.of(), null, null, null, true, null, 1, 20);

    assertThat(ProductSearchSql.count(query, null, CATEGORIES).sql())
        .endsWith(
            " and exists (select 1 from product_variant v where v.product_id = p.id"
                + " and v.stock_quantity > 0)");
  }

  @Test
  void eachSortOrdersTheInnerAndTheOuterSelect() {
    for (ProductSort sort : ProductSort.values()) {
      ProductQuery query = new ProductQuery(List.of("x"), null, null, null, false, sort, 1, 20);

      String sql = ProductSearchSql.page(query, null, CATEGORIES).sql();

      assertThat(sql)
          .contains(" order by " + sort.orderBy("f") + " limit ")
          .endsWith(" order by " + sort.orderBy("m"));
    }
  }

  @Test
  void parametersAreNumberedInTheOrderTheyAppear() {
    ProductQuery query =
        new ProductQuery(
            List.of("audio", "lamp"), "lighting", BigDecimal.ONE, BigDecimal.TEN, true, null, 2, 5);

    ProductSearchSql.Statement page = ProductSearchSql.page(query, 9L, CATEGORIES);

    List<Integer> markers = SearchSqlContract.markers(page.sql());
    assertThat(markers).hasSize(page.parameters().size());
    for (int i = 0; i < markers.size(); i++) {
      assertThat(markers.get(i)).isEqualTo(i + 1);
    }
  }

  private static ProductQuery words(String... words) {
    return new ProductQuery(List.of(words), null, null, null, false, null, 3, 20);
  }

  private static ProductSearchSql.Statement page(ProductQuery query, Long categoryId) {
    return ProductSearchSql.page(query, categoryId, CATEGORIES);
  }
}
