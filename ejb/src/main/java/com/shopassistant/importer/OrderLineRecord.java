package com.shopassistant.importer;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of an order, a snapshot taken at purchase.
 *
 * @param productCode tau2 {@code product_id}
 * @param itemCode tau2 {@code item_id}: the variant bought
 * @param productName the product's name at purchase
 * @param unitPrice the price paid per unit, at scale 2
 * @param quantity units; tau2 lists each unit as its own line, so there always 1
 * @param options the variant's options at purchase, ordered by name
 */
public record OrderLineRecord(
    String productCode,
    String itemCode,
    String productName,
    BigDecimal unitPrice,
    int quantity,
    Map<String, String> options) {

  public OrderLineRecord {
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  public BigDecimal lineTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
