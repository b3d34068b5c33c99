package com.shopassistant.catalog;

import java.util.List;

/**
 * One page of a product list.
 *
 * @param items the products on this page
 * @param page the page number, from 1
 * @param size the most products a page holds
 * @param total the products matching over all pages
 */
public record ProductPage(List<ProductSummary> items, int page, int size, long total) {

  public ProductPage {
    items = List.copyOf(items);
  }

  /** Pages needed for {@code total} products; zero when there are none. */
  public long totalPages() {
    return (total + size - 1) / size;
  }
}
