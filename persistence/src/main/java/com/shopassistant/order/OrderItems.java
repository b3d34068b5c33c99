package com.shopassistant.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many units of each item code an order holds, to check that returns, exchanges and fulfilments
 * name only items on the order, and no item more often than it was bought.
 */
final class OrderItems {

  private final Map<String, Integer> unitsByItemCode;

  private OrderItems(Map<String, Integer> unitsByItemCode) {
    this.unitsByItemCode = unitsByItemCode;
  }

  static OrderItems of(List<OrderLine> lines) {
    Map<String, Integer> units = new HashMap<>();
    lines.forEach(l -> units.merge(l.getItemCode(), l.getQuantity(), Integer::sum));
    return new OrderItems(units);
  }

  /** Each code is on the order, and repeated codes are covered by the quantity bought. */
  void requireContains(List<String> itemCodes) {
    requireNotEmpty(itemCodes);
    Map<String, Integer> asked = new HashMap<>();
    itemCodes.forEach(code -> asked.merge(code, 1, Integer::sum));
    asked.forEach(
        (code, count) -> {
          int bought = unitsByItemCode.getOrDefault(code, 0);
          if (count > bought) {
            throw new IllegalArgumentException(
                "item " + code + " is on the order " + bought + " time(s), not " + count);
          }
        });
  }

  /** Each code is on the order at all. */
  void requireEachListed(List<String> itemCodes) {
    requireNotEmpty(itemCodes);
    itemCodes.stream()
        .filter(code -> !unitsByItemCode.containsKey(code))
        .findFirst()
        .ifPresent(
            code -> {
              throw new IllegalArgumentException("item " + code + " is not on the order");
            });
  }

  private static void requireNotEmpty(List<String> itemCodes) {
    if (itemCodes.isEmpty()) {
      throw new IllegalArgumentException("name at least one item of the order");
    }
  }
}
