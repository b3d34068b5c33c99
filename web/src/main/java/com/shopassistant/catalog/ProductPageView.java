package com.shopassistant.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A page of products.
 *
 * @param page this page's number, from 1
 * @param size the most products a page holds
 * @param total the matching products over all pages
 * @param totalPages pages for {@code total} at this size (0 when nothing matches)
 */
@JsonbPropertyOrder({"items", "page", "size", "total", "totalPages"})
public record ProductPageView(
    List<ProductSummaryView> items, int page, int size, long total, long totalPages) {

  static ProductPageView of(ProductPage page) {
    return new ProductPageView(
        page.items().stream().map(ProductSummaryView::of).toList(),
        page.page(),
        page.size(),
        page.total(),
        page.totalPages());
  }
}
