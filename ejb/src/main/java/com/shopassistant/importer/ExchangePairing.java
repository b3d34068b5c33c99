package com.shopassistant.importer;

import com.shopassistant.order.ItemSwap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs the items of a tau2 exchange with their replacements. tau2 stores {@code exchange_items}
 * and {@code exchange_new_items} each sorted on its own, so position does not pair them; what does
 * is that a replacement is always a variant of the same product as the item it replaces.
 */
final class ExchangePairing {

  private ExchangePairing() {}

  /**
   * One swap per exchanged item, in the order of {@code items}; each new item is used once.
   *
   * @param productOfItem product code of each exchanged item (from the order's lines)
   * @param productOfVariant product code of a new item, empty when the variant is unknown
   * @throws IllegalArgumentException naming the first item that has no replacement
   */
  static List<ItemSwap> pair(
      List<String> items,
      Map<String, String> productOfItem,
      List<String> newItems,
      Function<String, Optional<String>> productOfVariant) {
    List<String> unused = new ArrayList<>(newItems);
    List<ItemSwap> swaps = new ArrayList<>();
    for (String item : items) {
      String product = productOfItem.get(item);
      String replacement =
          unused.stream()
              .filter(n -> !n.equals(item))
              .filter(n -> Objects.equals(productOfVariant.apply(n).orElse(null), product))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no new item of the same product ("
                              + product
                              + ") replaces item \""
                              + item
                              + "\""));
      unused.remove(replacement);
      swaps.add(new ItemSwap(item, replacement));
    }
    return swaps;
  }
}
