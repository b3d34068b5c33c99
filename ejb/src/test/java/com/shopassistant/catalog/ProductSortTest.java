package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductSortTest {

  @Test
  void parametersAreTheLowerCaseNamesAndAreReadIgnoringCase() {
    assertThat(ProductSort.fromParameter("price_asc")).contains(ProductSort.PRICE_ASC);
    assertThat(ProductSort.fromParameter(" Price_Desc ")).contains(ProductSort.PRICE_DESC);
    assertThat(ProductSort.fromParameter("NEWEST")).contains(ProductSort.NEWEST);
    assertThat(ProductSort.fromParameter("relevance")).contains(ProductSort.RELEVANCE);
    assertThat(ProductSort.fromParameter("name")).contains(ProductSort.NAME);
  }

  @Test
  void anythingElseIsNoSort() {
    assertThat(ProductSort.fromParameter("price")).isEmpty();
    assertThat(ProductSort.fromParameter("")).isEmpty();
    assertThat(ProductSort.fromParameter(null)).isEmpty();
    assertThat(ProductSort.fromParameter("name; drop table product")).isEmpty();
  }

  @Test
  void theListOfParametersNamesEverySort() {
    assertThat(ProductSort.parameters())
        .isEqualTo("relevance, price_asc, price_desc, name, newest");
  }

  @Test
  void everyOrderEndsWithTheIdSoPagesNeverOverlap() {
    for (ProductSort sort : ProductSort.values()) {
      assertThat(sort.orderBy("x")).matches(".*x\\.id( desc)?$").doesNotContain("m.");
    }
    assertThat(ProductSort.PRICE_ASC.orderBy("f")).isEqualTo("f.min_price nulls last, f.id");
    assertThat(ProductSort.PRICE_DESC.orderBy("f"))
        .isEqualTo("f.max_price desc nulls last, f.id desc");
    assertThat(ProductSort.NEWEST.orderBy("f")).isEqualTo("f.created_at desc, f.id desc");
  }
}
