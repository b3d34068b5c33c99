package com.shopassistant.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A category.
 *
 * @param slug for {@code /api/v1/products?category=}
 * @param productCount its products on sale
 */
@JsonbPropertyOrder({"slug", "name", "productCount"})
public record CategoryView(String slug, String name, long productCount) {

  static CategoryView of(CategorySummary c) {
    return new CategoryView(c.slug(), c.name(), c.productCount());
  }
}
