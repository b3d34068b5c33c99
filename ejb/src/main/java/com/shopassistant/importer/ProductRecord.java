package com.shopassistant.importer;

import java.util.List;

/**
 * A product and its variants.
 *
 * @param code the business key (tau2 {@code product_id})
 * @param name the display name
 * @param description may be null
 * @param categorySlug the category as stated, or as guessed from the name; never null
 * @param variants the variants in file order
 */
public record ProductRecord(
    String code,
    String name,
    String description,
    String categorySlug,
    List<VariantRecord> variants) {

  public ProductRecord {
    variants = List.copyOf(variants);
  }
}
