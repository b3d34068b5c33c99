package com.shopassistant.cart;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The JSON of one cart line.
 *
 * @param id the line id: {@code PUT} or {@code DELETE /api/v1/cart/lines/{id}}
 * @param variantId the variant's id
 * @param itemCode the variant's item code
 * @param productCode the product's code
 * @param productName the product's name
 * @param options the variant's options by name, in name order
 * @param unitPrice today's price of one unit
 * @param quantity units in the line, 1 to 99
 * @param lineTotal unit price times quantity
 * @param availableStock units that could be bought now (0 when the product is withdrawn)
 * @param purchasable whether the line can be bought as it is: still sold and enough in stock
 */
@JsonbPropertyOrder({
  "id",
  "variantId",
  "itemCode",
  "productCode",
  "productName",
  "options",
  "unitPrice",
  "quantity",
  "lineTotal",
  "availableStock",
  "purchasable"
})
public record CartLineView(
    long id,
    long variantId,
    String itemCode,
    String productCode,
    String productName,
    Map<String, String> options,
    BigDecimal unitPrice,
    int quantity,
    BigDecimal lineTotal,
    int availableStock,
    boolean purchasable) {

  static CartLineView of(CartContents.Line line) {
    return new CartLineView(
        line.id(),
        line.variantId(),
        line.itemCode(),
        line.productCode(),
        line.productName(),
        line.options(),
        line.unitPrice(),
        line.quantity(),
        line.lineTotal(),
        line.availableStock(),
        line.purchasable());
  }
}
