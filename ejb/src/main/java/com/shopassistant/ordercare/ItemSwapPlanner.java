package com.shopassistant.ordercare;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderLine;
import com.shopassistant.ordercare.CarePlan.ItemChange;
import com.shopassistant.ordercare.CareRequest.Swap;
import com.shopassistant.ordercare.OrderCareException.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Matches the items a customer names to the order's lines and checks each new item: a different,
 * available option of the same product. Items named twice take two lines (or units) holding that
 * item, in line order. Pure: reads the order and the variants it is given.
 */
final class ItemSwapPlanner {

  private final CustomerOrder order;
  private final Function<String, Optional<ProductVariant>> variants;
  private final Map<Integer, Integer> unitsLeft = new HashMap<>();

  ItemSwapPlanner(CustomerOrder order, Function<String, Optional<ProductVariant>> variants) {
    this.order = order;
    this.variants = variants;
    order.getLines().forEach(line -> unitsLeft.put(line.getLineNo(), line.getQuantity()));
  }

  /** Modifying a pending order: each swap switches one whole line holding its item. */
  List<ItemChange> wholeLines(List<Swap> swaps) throws OrderCareException {
    return plan(swaps, true);
  }

  /** Exchanging delivered items: each swap is one unit. */
  List<ItemChange> units(List<Swap> swaps) throws OrderCareException {
    return plan(swaps, false);
  }

  /** Returning delivered items: each code is one unit; the change's difference is its price. */
  List<ItemChange> returnedUnits(List<String> itemCodes) throws OrderCareException {
    List<ItemChange> changes = new ArrayList<>();
    for (String code : itemCodes) {
      OrderLine line = take(code, false);
      changes.add(
          new ItemChange(
              line.getLineNo(),
              line.getProductCode(),
              line.getProductName(),
              line.getItemCode(),
              line.getOptions(),
              line.getUnitPrice(),
              1,
              null,
              null,
              null,
              line.getUnitPrice().negate()));
    }
    return changes;
  }

  private List<ItemChange> plan(List<Swap> swaps, boolean wholeLines) throws OrderCareException {
    List<ItemChange> changes = new ArrayList<>();
    Map<String, ProductVariant> byCode = new LinkedHashMap<>();
    Map<String, Integer> wanted = new HashMap<>();
    for (Swap swap : swaps) {
      OrderLine line = take(swap.itemCode(), wholeLines);
      ProductVariant variant = newVariant(line, swap.newItemCode());
      int quantity = wholeLines ? line.getQuantity() : 1;
      byCode.put(variant.getCode(), variant);
      wanted.merge(variant.getCode(), quantity, Integer::sum);
      changes.add(change(line, variant, quantity));
    }
    for (ProductVariant variant : byCode.values()) {
      requireAvailable(variant, wanted.get(variant.getCode()));
    }
    return changes;
  }

  /** The next line holding {@code itemCode} with the units asked for still untouched. */
  private OrderLine take(String itemCode, boolean wholeLine) throws OrderCareException {
    String code = itemCode == null ? "" : itemCode.strip();
    for (OrderLine line : order.getLines()) {
      int left = unitsLeft.get(line.getLineNo());
      boolean fits = wholeLine ? left == line.getQuantity() : left > 0;
      if (line.getItemCode().equals(code) && fits) {
        unitsLeft.put(line.getLineNo(), wholeLine ? 0 : left - 1);
        return line;
      }
    }
    boolean onOrder = order.getLines().stream().anyMatch(l -> l.getItemCode().equals(code));
    throw new OrderCareException(
        Rule.ITEM_NOT_IN_ORDER,
        onOrder
            ? "Item " + code + " is named more often than order " + number() + " holds it."
            : "Order " + number() + " has no item " + code + ".");
  }

  private ProductVariant newVariant(OrderLine line, String newItemCode) throws OrderCareException {
    String code = newItemCode == null ? "" : newItemCode.strip();
    if (code.equals(line.getItemCode())) {
      throw new OrderCareException(
          Rule.VARIANT_UNCHANGED,
          "Item " + code + " would be switched for itself; choose another option.");
    }
    ProductVariant variant =
        variants
            .apply(code)
            .orElseThrow(
                () ->
                    new OrderCareException(
                        Rule.VARIANT_NOT_FOUND, "There is no item " + code + "."));
    if (!variant.getProduct().getCode().equals(line.getProductCode())) {
      throw new OrderCareException(
          Rule.VARIANT_NOT_SAME_PRODUCT,
          "Item "
              + code
              + " is a "
              + variant.getProduct().getName()
              + ", not an option of "
              + line.getProductName()
              + " (item "
              + line.getItemCode()
              + ").");
    }
    return variant;
  }

  private static void requireAvailable(ProductVariant variant, int units)
      throws OrderCareException {
    if (!variant.canSupply(units)) {
      throw new OrderCareException(
          Rule.VARIANT_UNAVAILABLE,
          "Item "
              + variant.getCode()
              + " ("
              + variant.getProduct().getName()
              + ") is not available"
              + (units > 1 && variant.isAvailable() ? " in " + units + " units" : "")
              + ".");
    }
  }

  private static ItemChange change(OrderLine line, ProductVariant variant, int quantity) {
    BigDecimal difference = CareMoney.difference(line.getUnitPrice(), variant.getPrice(), quantity);
    return new ItemChange(
        line.getLineNo(),
        line.getProductCode(),
        line.getProductName(),
        line.getItemCode(),
        line.getOptions(),
        line.getUnitPrice(),
        quantity,
        variant.getCode(),
        variant.getOptions(),
        variant.getPrice(),
        difference);
  }

  private String number() {
    return order.getOrderNumber();
  }
}
