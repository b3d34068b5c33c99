package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the variant of a product the customer means from its details: the available variants whose
 * options fit the words; one of them is the choice, several are a question, none is a sold-out or
 * no-such-option answer. With one variant available and no words, that one is meant.
 */
final class VariantPicker {

  /**
   * @param chosen the variant meant, or null
   * @param open the available variants to choose from when several fit
   * @param soldOut whether variants fit but none is available
   */
  record Choice(Map<String, Object> chosen, List<Map<String, Object>> open, boolean soldOut) {}

  private VariantPicker() {}

  static Choice pick(Map<String, Object> details, ProductRef ref) {
    List<Map<String, Object>> variants = Fields.maps(details, "variants");
    ProductRef words = new ProductRef(null, null, ref.options(), ref.names(), false, false);
    List<Map<String, Object>> fitting =
        ref.options().isEmpty() && ref.names().isEmpty()
            ? variants
            : Scoring.best(variants, v -> Fields.optionWords(v.get("options")), words);
    if (fitting.isEmpty() && ref.options().isEmpty()) {
      // Name words only ("the headphones"): they named the product, not a variant.
      fitting = variants;
    }
    List<Map<String, Object>> available =
        fitting.stream().filter(VariantPicker::available).toList();
    if (available.size() > 1 && !ref.options().isEmpty()) {
      available = closest(available, ref);
    }
    if (available.size() == 1) {
      return new Choice(available.get(0), List.of(), false);
    }
    if (available.isEmpty()) {
      return new Choice(null, List.of(), !fitting.isEmpty());
    }
    return new Choice(null, available, false);
  }

  /**
   * Of several fitting variants, those whose options hold the fewest words the customer did not
   * say: "white bluetooth" is the white Bluetooth one, not the white "bluetooth + wired" one.
   */
  private static List<Map<String, Object>> closest(
      List<Map<String, Object>> fitting, ProductRef ref) {
    Set<String> said = new HashSet<>(ref.options());
    said.addAll(ref.names());
    int fewest = Integer.MAX_VALUE;
    List<Map<String, Object>> closest = new ArrayList<>();
    for (Map<String, Object> variant : fitting) {
      int extra = 0;
      for (String word : Fields.optionWords(variant.get("options"))) {
        if (!said.contains(word) && word.chars().anyMatch(Character::isLetterOrDigit)) {
          extra++;
        }
      }
      if (extra < fewest) {
        fewest = extra;
        closest.clear();
      }
      if (extra == fewest) {
        closest.add(variant);
      }
    }
    return closest;
  }

  /** Whether a variant can be bought; a result that does not say is taken at its word later. */
  static boolean available(Map<String, Object> variant) {
    if (Fields.has(variant, "available", "in_stock")) {
      return Fields.flag(variant, "available", "in_stock");
    }
    Long stock = Fields.whole(variant, "stock", "quantity");
    return stock == null || stock > 0;
  }
}
