package com.shopassistant.it.persistence;

import com.shopassistant.catalog.Product;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** What a test compares after a round trip, detached from the persistence context. */
public record ProductSnapshot(
    long id,
    String name,
    String categorySlug,
    Map<String, BigDecimal> prices,
    Map<String, Integer> stock,
    Map<String, String> colors) {

  static ProductSnapshot of(Product product) {
    Map<String, BigDecimal> prices = new TreeMap<>();
    Map<String, Integer> stock = new TreeMap<>();
    Map<String, String> colors = new TreeMap<>();
    product
        .getVariants()
        .forEach(
            v -> {
              prices.put(v.getCode(), v.getPrice());
              stock.put(v.getCode(), v.getStockQuantity());
              colors.put(v.getCode(), v.option("color").orElse(null));
            });
    return new ProductSnapshot(
        product.getId(), product.getName(), product.getCategory().getSlug(), prices, stock, colors);
  }
}
