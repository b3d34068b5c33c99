package com.shopassistant.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The orders a product list can be sorted in, each ending in the product id so that pages never
 * overlap or skip a product.
 */
public enum ProductSort {

  /** Best matches first: more of the words in the name, then names starting with the first. */
  RELEVANCE("m.relevance, m.name, m.id"),
  /** Cheapest first, by the lowest price of a product's variants. */
  PRICE_ASC("m.min_price nulls last, m.id"),
  /** Dearest first, by the highest price of a product's variants. */
  PRICE_DESC("m.max_price desc nulls last, m.id desc"),
  /** By name, A to Z. */
  NAME("m.name, m.id"),
  /** Most recently added first. */
  NEWEST("m.created_at desc, m.id desc");

  private final String orderBy;

  ProductSort(String orderBy) {
    this.orderBy = orderBy;
  }

  /** The value of the {@code sort} parameter: {@code price_asc} for {@link #PRICE_ASC}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sort a {@code sort} parameter names, ignoring case; empty for anything else. */
  public static Optional<ProductSort> fromParameter(String value) {
    return Arrays.stream(values())
        .filter(sort -> sort.parameter().equalsIgnoreCase(value == null ? "" : value.strip()))
        .findFirst();
  }

  /** Every parameter value, for messages: {@code relevance, price_asc, ...}. */
  public static String parameters() {
    return Arrays.stream(values()).map(ProductSort::parameter).collect(Collectors.joining(", "));
  }

  /**
   * The ORDER BY list over the columns of the search's inner select {@code m} (its alias {@code m}
   * is replaced by {@code alias}).
   */
  String orderBy(String alias) {
    return orderBy.replace("m.", alias + ".");
  }
}
