package com.shopassistant.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * One product with every variant. A withdrawn product is still shown ({@code active: false}, no
 * variant available), because orders and carts link to it.
 *
 * @param active whether the product is on sale
 * @param inStock whether some variant can be bought now
 * @param variants by item code
 */
@JsonbPropertyOrder({
  "id",
  "code",
  "name",
  "description",
  "category",
  "active",
  "minPrice",
  "maxPrice",
  "currency",
  "inStock",
  "variants"
})
public record ProductView(
    long id,
    String code,
    String name,
    String description,
    CategoryRefView category,
    boolean active,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    String currency,
    boolean inStock,
    List<VariantView> variants) {

  static ProductView of(ProductDetail p) {
    return new ProductView(
        p.id(),
        p.code(),
        p.name(),
        p.description(),
        CategoryRefView.of(p.category()),
        p.active(),
        p.minPrice(),
        p.maxPrice(),
        p.currency(),
        p.inStock(),
        p.variants().stream().map(VariantView::of).toList());
  }

  /**
   * One variant.
   *
   * @param id for the cart's {@code variantId}
   * @param itemCode for the cart's {@code itemCode} (tau2 {@code item_id})
   * @param options by option name
   * @param stockQuantity units in stock
   * @param available whether it can be bought now: product on sale and stock above zero
   */
  @JsonbPropertyOrder({"id", "itemCode", "options", "price", "stockQuantity", "available"})
  public record VariantView(
      long id,
      String itemCode,
      SortedMap<String, String> options,
      BigDecimal price,
      int stockQuantity,
      boolean available) {

    static VariantView of(ProductDetail.Variant v) {
      return new VariantView(
          v.id(), v.itemCode(), v.options(), v.price(), v.stockQuantity(), v.available());
    }
  }
}
