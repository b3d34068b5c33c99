package com.shopassistant.importer;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One variant of a product.
 *
 * @param code the business key (tau2 {@code item_id})
 * @param options option name to value, ordered by name like the entity keeps them
 * @param price at scale 2, zero or more
 * @param stock the stock to set: as stated, or derived from tau2's {@code available}
 * @param stockStated whether the file stated {@code stock}; a derived figure only seeds new
 *     variants, so re-importing a tau2 file never undoes the sales made since
 */
public record VariantRecord(
    String code, Map<String, String> options, BigDecimal price, int stock, boolean stockStated) {

  public VariantRecord {
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  /** tau2's flag, as this store defines it: something in stock. */
  public boolean available() {
    return stock > 0;
  }
}
