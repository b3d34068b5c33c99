package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.api.InvalidPageRequestException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductSearchParametersTest {

  private final ProductSearchParameters params = new ProductSearchParameters();

  @Test
  void noParametersMeanEverythingOnSaleByNameFirstPageOf20() {
    ProductQuery query = params.toQuery();

    assertThat(query).isEqualTo(ProductQuery.all());
    assertThat(query.effectiveSort()).isEqualTo(ProductSort.NAME);
  }

  @Test
  void everyParameterIsRead() {
    params.q = " Wireless  headphones, ";
    params.category = "Electronics";
    params.minPrice = "10";
    params.maxPrice = "499.99";
    params.inStock = "TRUE";
    params.sort = "price_desc";
    params.page = "2";
    params.size = "50";

    assertThat(params.toQuery())
        .isEqualTo(
            new ProductQuery(
                List.of("wireless", "headphones"),
                "electronics",
                new BigDecimal("10"),
                new BigDecimal("499.99"),
                true,
                ProductSort.PRICE_DESC,
                2,
                50));
  }

  @Test
  void everyParameterIsReadFromTheQueryStringMapTheFirstOfARepeatedOne() {
    MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
    query.add("q", "desk lamp");
    query.add("q", "ignored");
    query.add("category", "lighting");
    query.add("minPrice", "5");
    query.add("maxPrice", "20.50");
    query.add("inStock", "true");
    query.add("sort", "name");
    query.add("page", "3");
    query.add("size", "10");
    query.add("unknown", "x");

    assertThat(ProductSearchParameters.of(query).toQuery())
        .isEqualTo(
            new ProductQuery(
                List.of("desk", "lamp"),
                "lighting",
                new BigDecimal("5"),
                new BigDecimal("20.50"),
                true,
                ProductSort.NAME,
                3,
                10));
    assertThat(ProductSearchParameters.of(new MultivaluedHashMap<>()).toQuery())
        .isEqualTo(ProductQuery.all());
  }

  @Test
  void wordsWithoutASortAreRankedByRelevance() {
    params.q = "lamp";

    assertThat(params.toQuery().effectiveSort()).isEqualTo(ProductSort.RELEVANCE);
  }

  @Test
  void blankParametersAreAbsent() {
    params.q = "  ";
    params.category = "";
    params.minPrice = " ";
    params.inStock = "";
    params.sort = " ";

    assertThat(params.toQuery()).isEqualTo(ProductQuery.all());
  }

  @Test
  void aMinimumAboveTheMaximumIsRefusedNamingMinPrice() {
    params.minPrice = "50";
    params.maxPrice = "20.5";

    assertThat(errors()).containsExactly(error("minPrice", "must not be more than maxPrice"));
  }

  @Test
  void pricesMustBeAmountsOfAtLeastZeroWithTwoDecimals() {
    for (String bad : List.of("-1", "abc", "1.999", "NaN", "1e20", "10,50")) {
      params.minPrice = bad;
      assertThat(errors()).as(bad).extracting(e -> e.get("field")).containsExactly("minPrice");
    }
    params.minPrice = "0";
    params.maxPrice = "0.00";
    assertThat(params.toQuery().maxPrice()).isEqualByComparingTo("0");
  }

  @Test
  void anUnknownSortIsRefusedListingTheKnownOnes() {
    params.sort = "cheapest";

    assertThat(errors())
        .containsExactly(
            error("sort", "must be one of relevance, price_asc, price_desc, name, newest"));
  }

  @Test
  void aSizeOver100IsRefusedNotCut() {
    params.size = "101";

    assertThat(errors()).containsExactly(error("size", "must be a whole number from 1 to 100"));
  }

  @Test
  void searchTextIsAtMost200CharactersAnd10Words() {
    params.q = "x".repeat(201);
    assertThat(errors()).containsExactly(error("q", "must be at most 200 characters"));

    params.q = "a b c d e f g h i j k";
    assertThat(errors()).containsExactly(error("q", "must have at most 10 words"));

    params.q = "x".repeat(200);
    assertThat(params.toQuery().words()).containsExactly("x".repeat(200));
  }

  @Test
  void inStockIsTrueOrFalse() {
    params.inStock = "yes";
    assertThat(errors()).containsExactly(error("inStock", "must be true or false"));

    params.inStock = "false";
    assertThat(params.toQuery().inStockOnly()).isFalse();
  }

  @Test
  void aCategoryMustLookLikeASlug() {
    params.category = "home office";

    assertThat(errors()).extracting(e -> e.get("field")).containsExactly("category");
  }

  @Test
  void everyBadParameterIsNamedInOneAnswer() {
    params.q = "x".repeat(300);
    params.minPrice = "-5";
    params.sort = "random";
    params.page = "0";
    params.size = "1000";

    assertThat(errors())
        .extracting(e -> e.get("field"))
        .containsExactly("q", "minPrice", "sort", "page", "size");
  }

  private List<Map<String, String>> errors() {
    try {
      params.toQuery();
    } catch (InvalidPageRequestException e) {
      return e.errors();
    }
    throw new AssertionError("the parameters were accepted");
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
