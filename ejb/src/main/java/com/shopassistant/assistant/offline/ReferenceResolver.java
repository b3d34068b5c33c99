package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves what a customer pointed at against the tool results in the history: products of the
 * latest search and of product details, variants by their options, cart lines. It never guesses
 * between several candidates: it says so, and the flow asks which.
 */
final class ReferenceResolver {

  /** A product pointed at. Exactly one of the shapes holds. */
  record Product(
      String code, String itemCode, boolean unknownCode, List<Map<String, Object>> candidates) {

    static Product of(String code) {
      return new Product(code, null, false, List.of());
    }

    boolean resolved() {
      return code != null || itemCode != null;
    }

    /** Several fit: the candidates (product maps with code and name). */
    boolean ambiguous() {
      return !resolved() && candidates.size() > 1;
    }
  }

  static final Product NOTHING = new Product(null, null, false, List.of());

  private final Memory memory;

  ReferenceResolver(Memory memory) {
    this.memory = memory;
  }

  Product product(ProductRef ref) {
    if (ref.code() != null) {
      return byCode(ref.code());
    }
    if (ref.ordinal() != null) {
      List<Map<String, Object>> listed = searchProducts();
      int at = ref.ordinal() < 0 ? listed.size() - 1 : ref.ordinal() - 1;
      return at >= 0 && at < listed.size() ? Product.of(code(listed.get(at))) : NOTHING;
    }
    if (!ref.names().isEmpty()) {
      // Every name word must fit: "the wireless earbuds" is not one of the wireless headphones.
      ProductRef names = new ProductRef(null, null, List.of(), ref.names(), false, false);
      List<Map<String, Object>> fits =
          Scoring.all(knownProducts(), p -> Fields.optionWords(Fields.text(p, "name")), names);
      return fits.size() == 1 ? Product.of(code(fits.get(0))) : candidates(fits);
    }
    return focus(ref);
  }

  // "the blue one", "it": the product being talked about, if the history makes that clear.
  private Product focus(ProductRef ref) {
    Optional<Memory.Outcome> latest = memory.latestOk("get_product_details", "search_products");
    if (latest.isEmpty()) {
      return NOTHING;
    }
    Map<String, Object> data = latest.get().data();
    if (latest.get().tool().equals("get_product_details")) {
      return Product.of(code(data));
    }
    List<Map<String, Object>> listed = Fields.maps(data, "products");
    if (listed.size() == 1) {
      return Product.of(code(listed.get(0)));
    }
    if (!ref.options().isEmpty()) {
      ProductRef asNames = new ProductRef(null, null, List.of(), ref.options(), false, false);
      List<Map<String, Object>> named =
          Scoring.all(listed, p -> Fields.optionWords(Fields.text(p, "name")), asNames);
      if (named.size() == 1) {
        return Product.of(code(named.get(0)));
      }
    }
    return candidates(listed);
  }

  private Product byCode(String code) {
    for (Memory.Outcome details : detailsOutcomes()) {
      for (Map<String, Object> variant : Fields.maps(details.data(), "variants")) {
        if (code.equalsIgnoreCase(itemCode(variant))) {
          return new Product(code(details.data()), itemCode(variant), false, List.of());
        }
      }
    }
    for (Map<String, Object> product : knownProducts()) {
      if (code.equalsIgnoreCase(code(product))) {
        return Product.of(code(product));
      }
    }
    return new Product(code, null, true, List.of());
  }

  private static Product candidates(List<Map<String, Object>> fits) {
    return fits.isEmpty() ? NOTHING : new Product(null, null, false, List.copyOf(fits));
  }

  /** The products of the latest search, in the order shown. */
  List<Map<String, Object>> searchProducts() {
    return memory
        .latestOk("search_products")
        .map(o -> Fields.maps(o.data(), "products"))
        .orElse(List.of());
  }

  /** Every product the history shows, newest first, each once. */
  private List<Map<String, Object>> knownProducts() {
    Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
    List<Memory.Outcome> outcomes = new ArrayList<>(memory.all());
    java.util.Collections.reverse(outcomes);
    for (Memory.Outcome o : outcomes) {
      if (o.failed()) {
        continue;
      }
      if (o.tool().equals("get_product_details") && code(o.data()) != null) {
        byCode.putIfAbsent(code(o.data()), o.data());
      } else if (o.tool().equals("search_products")) {
        Fields.maps(o.data(), "products").forEach(p -> byCode.putIfAbsent(code(p), p));
      }
    }
    byCode.remove(null);
    return List.copyOf(byCode.values());
  }

  private List<Memory.Outcome> detailsOutcomes() {
    List<Memory.Outcome> found = new ArrayList<>();
    for (Memory.Outcome o : memory.all()) {
      if (o.tool().equals("get_product_details") && !o.failed()) {
        found.add(0, o);
      }
    }
    return found;
  }

  /** The newest details of the product, from any turn. */
  Optional<Map<String, Object>> details(String productCode) {
    return detailsOutcomes().stream()
        .map(Memory.Outcome::data)
        .filter(d -> productCode != null && productCode.equalsIgnoreCase(code(d)))
        .findFirst();
  }

  /**
   * An item for people: its line's name in {@code cart} if it is there, else its product's name and
   * options from the details in the history, else its code.
   */
  String itemName(String itemCode, Map<String, Object> cart) {
    for (Map<String, Object> line : CartReplies.lines(CartReplies.cartOf(cart))) {
      if (itemCode != null && itemCode.equals(itemCode(line))) {
        return CatalogReplies.name(line);
      }
    }
    for (Memory.Outcome details : detailsOutcomes()) {
      for (Map<String, Object> variant : Fields.maps(details.data(), "variants")) {
        if (itemCode != null && itemCode.equals(itemCode(variant))) {
          String options = Fields.options(variant.get("options"));
          return CatalogReplies.name(details.data())
              + (options.isEmpty() ? "" : " (" + options + ")");
        }
      }
    }
    return itemCode == null ? Fields.UNKNOWN : itemCode;
  }

  /** The product whose details list this item code, if known. */
  Optional<String> productOfItem(String itemCode) {
    for (Memory.Outcome details : detailsOutcomes()) {
      for (Map<String, Object> variant : Fields.maps(details.data(), "variants")) {
        if (Objects.equals(itemCode, itemCode(variant))) {
          return Optional.ofNullable(code(details.data()));
        }
      }
    }
    return Optional.empty();
  }

  static String code(Map<String, Object> product) {
    return Fields.text(product, "code", "product_code", "product_id", "id");
  }

  static String itemCode(Map<String, Object> variant) {
    return Fields.text(variant, "item_code", "itemCode", "code");
  }
}
