package com.shopassistant.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a product list asks for. Callers check what clients sent (the REST resource answers 400
 * naming the parameter); this record only refuses what no caller should build.
 *
 * @param words search words, lower case (see {@link SearchWords}); every one must match the
 *     product's name, description or category name. Empty: no word filter
 * @param categorySlug only products of this category, or null
 * @param minPrice only products with a purchasable variant at this price or more, or null
 * @param maxPrice only products with a purchasable variant at this price or less, or null
 * @param inStockOnly only products with a purchasable variant (on sale, stock above zero)
 * @param sort the order, or null for the default: relevance with words, name without
 * @param page the page, from 1
 * @param size products on a page, 1 to {@link #MAX_PAGE_SIZE}
 */
public record ProductQuery(
    List<String> words,
    String categorySlug,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    boolean inStockOnly,
    ProductSort sort,
    int page,
    int size) {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 100;

  /** Products on a page when the caller does not say. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  /** The most words one search may have: each adds a condition to every candidate row. */
  public static final int MAX_WORDS = 10;

  public ProductQuery {
    words = List.copyOf(words);
    if (words.size() > MAX_WORDS || words.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("1 to " + MAX_WORDS + " non-blank words expected");
    }
    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
      throw new IllegalArgumentException("minPrice above maxPrice");
    }
    if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page from 1, size from 1 to " + MAX_PAGE_SIZE);
    }
  }

  /** Everything on sale, by name, the first page. */
  public static ProductQuery all() {
    return new ProductQuery(List.of(), null, null, null, false, null, 1, DEFAULT_PAGE_SIZE);
  }

  /** The sort used: the one asked for, else relevance when there are words, else name. */
  public ProductSort effectiveSort() {
    if (sort == null || (sort == ProductSort.RELEVANCE && words.isEmpty())) {
      return words.isEmpty() ? ProductSort.NAME : ProductSort.RELEVANCE;
    }
    return sort;
  }

  /** Whether only products with a purchasable variant (in a price range, maybe) are wanted. */
  boolean needsPurchasableVariant() {
    return inStockOnly || minPrice != null || maxPrice != null;
  }

  long offset() {
    return (long) (page - 1) * size;
  }
}
