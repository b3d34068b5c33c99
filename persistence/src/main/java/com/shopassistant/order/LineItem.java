package com.shopassistant.order;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.ops.Require;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What an order line records about the item bought, copied at purchase so later catalog changes do
 * not rewrite history. {@code variant} may be null when the variant no longer exists.
 */
public record LineItem(
    ProductVariant variant,
    String productCode,
    String itemCode,
    String productName,
    BigDecimal unitPrice,
    int quantity,
    Map<String, String> options) {

  public LineItem {
    productCode = Require.text(productCode, "product code", 64);
    itemCode = Require.text(itemCode, "item code", 64);
    productName = Require.text(productName, "product name", 200);
    unitPrice = Require.notNegative(Require.money(unitPrice, "unit price"), "unit price");
    Require.atLeast(quantity, 1, "order line quantity");
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** The variant as it is sold now: its product, code, name, price and options. */
  public static LineItem of(ProductVariant variant, int quantity) {
    Require.present(variant, "variant");
    return new LineItem(
        variant,
        variant.getProduct().getCode(),
        variant.getCode(),
        variant.getProduct().getName(),
        variant.getPrice(),
        quantity,
        variant.getOptions());
  }
}
