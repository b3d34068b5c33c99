package com.shopassistant.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * One product with all its variants, read inside the service's transaction.
 *
 * @param id the product's id
 * @param code its code
 * @param name its name
 * @param description its description, or null
 * @param category its category, or null
 * @param active whether it is on sale; a withdrawn product is still shown (orders link to it) but
 *     none of its variants is available
 * @param minPrice the lowest variant price, or null without variants
 * @param maxPrice the highest variant price, or null without variants
 * @param currency ISO 4217 code of the prices
 * @param inStock whether some variant can be bought now
 * @param variants the variants by item code
 */
public record ProductDetail(
    long id,
    String code,
    String name,
    String description,
    CategoryRef category,
    boolean active,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    String currency,
    boolean inStock,
    List<Variant> variants) {

  public ProductDetail {
    variants = List.copyOf(variants);
  }

  static ProductDetail of(Product p) {
    List<Variant> variants = p.getVariants().stream().map(Variant::of).toList();
    return new ProductDetail(
        p.getId(),
        p.getCode(),
        p.getName(),
        p.getDescription(),
        p.getCategory() == null
            ? null
            : new CategoryRef(p.getCategory().getSlug(), p.getCategory().getName()),
        p.isActive(),
        p.getMinPrice(),
        p.getMaxPrice(),
        ProductSummary.CURRENCY,
        variants.stream().anyMatch(Variant::available),
        variants);
  }

  /**
   * One variant.
   *
   * @param id the variant's id (for the cart's {@code variantId})
   * @param itemCode its item code (tau2 {@code item_id}, the cart's {@code itemCode})
   * @param options its options by name (color, size...)
   * @param price the price of one unit
   * @param stockQuantity units in stock
   * @param available whether it can be bought now: the product is on sale and stock is above zero
   */
  public record Variant(
      long id,
      String itemCode,
      SortedMap<String, String> options,
      BigDecimal price,
      int stockQuantity,
      boolean available) {

    static Variant of(ProductVariant v) {
      return new Variant(
          v.getId(),
          v.getCode(),
          v.getOptions(),
          v.getPrice(),
          v.getStockQuantity(),
          v.isAvailable());
    }
  }
}
