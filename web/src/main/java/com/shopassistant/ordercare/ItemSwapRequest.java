package com.shopassistant.ordercare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An item of the order and the item wanted instead: another option of the same product.
 *
 * @param itemCode the item code on the order
 * @param newItemCode the variant's item code wanted
 */
public record ItemSwapRequest(
    @NotBlank @Size(max = 64) String itemCode, @NotBlank @Size(max = 64) String newItemCode) {

  static List<CareRequest.Swap> swaps(List<ItemSwapRequest> items) {
    return items.stream().map(i -> new CareRequest.Swap(i.itemCode(), i.newItemCode())).toList();
  }
}
