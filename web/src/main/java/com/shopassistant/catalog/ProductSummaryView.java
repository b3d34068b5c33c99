package com.shopassistant.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/**
 * A product in a list. Absent values (no description, no category, no variants yet so no prices)
 * are left out.
 *
 * @param id for {@code /api/v1/products/{id}}
 * @param code the product code (tau2 {@code product_id}), also accepted in that path
 * @param shortDescription the description's first 160 characters or so, "…" when cut
 * @param minPrice the lowest price of its variants, sold out or not
 * @param maxPrice the highest price of its variants
 * @param inStock whether some variant can be bought now
 * @param variantCount its variants, sold out or not
 */
@JsonbPropertyOrder({
  "id",
  "code",
  "name",
  "shortDescription",
  "category",
  "minPrice",
  "maxPrice",
  "currency",
  "inStock",
  "variantCount"
})
public record ProductSummaryView(
    long id,
    String code,
    String name,
    String shortDescription,
    CategoryRefView category,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    String currency,
    boolean inStock,
    int variantCount) {

  static ProductSummaryView of(ProductSummary p) {
    return new ProductSummaryView(
        p.id(),
        p.code(),
        p.name(),
        p.shortDescription(),
        CategoryRefView.of(p.category()),
        p.minPrice(),
        p.maxPrice(),
        p.currency(),
        p.inStock(),
        p.variantCount());
  }
}
