package com.shopassistant.order;

import com.shopassistant.ops.Require;

/** One item of an exchange: the delivered item code and the item code wanted instead. */
public record ItemSwap(String itemCode, String newItemCode) {

  public ItemSwap {
    itemCode = Require.text(itemCode, "exchanged item code", 64);
    newItemCode = Require.text(newItemCode, "new item code", 64);
    if (itemCode.equals(newItemCode)) {
      throw new IllegalArgumentException("item " + itemCode + " cannot be exchanged for itself");
    }
  }
}
