package com.shopassistant.cart;

import com.shopassistant.catalog.ProductVariant;

/**
 * What a cart line may hold: a variant that is still sold, no more units than are in stock, and no
 * more than {@link CartLine#MAX_QUANTITY}. The cart only checks stock and never reserves it; the
 * checkout takes it.
 */
final class CartRules {

  private CartRules() {}

  /**
   * Refuses a line of {@code wanted} units of {@code variant} (the line's total after the change,
   * not the units being added).
   */
  static void requireCanHold(ProductVariant variant, int wanted) throws CartException {
    if (!variant.getProduct().isActive()) {
      throw CartException.unavailable(variant);
    }
    if (variant.getStockQuantity() == 0) {
      throw CartException.outOfStock(variant);
    }
    // Stock before the line limit: "only 5 available" helps more than "at most 99 per line".
    if (wanted > variant.getStockQuantity()) {
      throw CartException.insufficientStock(variant, wanted);
    }
    if (wanted > CartLine.MAX_QUANTITY) {
      throw CartException.quantityLimit(variant, wanted);
    }
  }
}
