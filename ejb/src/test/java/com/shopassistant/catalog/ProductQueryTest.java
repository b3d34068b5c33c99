package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductQueryTest {

  @Test
  void withoutASortWordsAreRankedByRelevanceAndTheRestByName() {
    assertThat(query(List.of("lamp"), null).effectiveSort()).isEqualTo(ProductSort.RELEVANCE);
    assertThat(query(List.of(), null).effectiveSort()).isEqualTo(ProductSort.NAME);
    assertThat(ProductQuery.all().effectiveSort()).isEqualTo(ProductSort.NAME);
  }

  @Test
  void relevanceWithoutWordsIsByName() {
    assertThat(query(List.of(), ProductSort.RELEVANCE).effectiveSort()).isEqualTo(ProductSort.NAME);
  }

  @Test
  void anAskedForSortIsKept() {
    assertThat(query(List.of("lamp"), ProductSort.NEWEST).effectiveSort())
        .isEqualTo(ProductSort.NEWEST);
    assertThat(query(List.of(), ProductSort.PRICE_DESC).effectiveSort())
        .isEqualTo(ProductSort.PRICE_DESC);
  }

  @Test
  void aPriceRangeOrInStockNeedsAPurchasableVariant() {
    assertThat(ProductQuery.all().needsPurchasableVariant()).isFalse();
    assertThat(
            new ProductQuery(List.of(), null, BigDecimal.ONE, null, false, null, 1, 20)
                .needsPurchasableVariant())
        .isTrue();
    assertThat(
            new ProductQuery(List.of(), null, null, null, true, null, 1, 20)
                .needsPurchasableVariant())
        .isTrue();
  }

  @Test
  void theOffsetIsThePagesBefore() {
    assertThat(new ProductQuery(List.of(), null, null, null, false, null, 3, 25).offset())
        .isEqualTo(50);
  }

  @Test
  void queriesNoCallerShouldBuildAreRefused() {
    assertThatThrownBy(
            () ->
                new ProductQuery(
                    List.of(), null, BigDecimal.TEN, BigDecimal.ONE, false, null, 1, 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProductQuery(List.of(), null, null, null, false, null, 0, 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProductQuery(List.of(), null, null, null, false, null, 1, 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> query(Collections.nCopies(11, "w"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> query(List.of(" "), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ProductQuery query(List<String> words, ProductSort sort) {
    return new ProductQuery(words, null, null, null, false, sort, 1, 20);
  }
}
