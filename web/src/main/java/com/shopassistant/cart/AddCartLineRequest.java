package com.shopassistant.cart;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/cart/lines}: which variant, by id or by item code (exactly one),
 * and how many units to add (1 by default).
 *
 * @param variantId the variant's id
 * @param itemCode the variant's item code (as the catalog and the assistant show it)
 * @param quantity units to add, 1 to 99; absent means 1
 */
public record AddCartLineRequest(
    Long variantId,
    @Size(max = 64) String itemCode,
    @Min(1) @Max(CartLine.MAX_QUANTITY) Integer quantity) {

  /** Bean Validation reads this as the property {@code variantIdOrItemCode}. */
  @AssertTrue(message = "give exactly one of variantId and itemCode")
  public boolean isVariantIdOrItemCode() {
    return (variantId == null) != (itemCode == null || itemCode.isBlank());
  }

  /** The units to add: 1 when the body does not say. */
  int quantityOrOne() {
    return quantity == null ? 1 : quantity;
  }
}
