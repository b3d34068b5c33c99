package com.shopassistant.assistant.offline;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Words catalog results for people: search lists, product details, stock, categories, and the
 * questions asked when a reference or a variant is not clear. Only what the results hold is said.
 */
final class CatalogReplies {

  static final int MAX_LISTED = 5;
  static final int MAX_VARIANTS = 8;

  private final Turn turn;

  CatalogReplies(Turn turn) {
    this.turn = turn;
  }

  String search(Map<String, Object> data, Intent.Search search) {
    List<Map<String, Object>> products = Fields.maps(data, "products");
    String currency = Money.currency(data);
    String filters = filters(search, currency);
    if (products.isEmpty()) {
      return turn.say(Phrase.SEARCH_NONE, filters);
    }
    Long total = Fields.whole(data, "total");
    int count = total == null ? products.size() + more(data) : total.intValue();
    StringJoiner reply = new StringJoiner("\n");
    reply.add(turn.say(Phrase.SEARCH_FOUND, count, filters));
    reply.add(numbered(products, currency));
    int hidden = count - Math.min(products.size(), MAX_LISTED);
    if (hidden > 0) {
      reply.add(turn.say(Phrase.MORE, hidden));
    }
    reply.add(turn.say(Phrase.SEARCH_HINT));
    return reply.toString();
  }

  private static int more(Map<String, Object> data) {
    Long more = Fields.whole(data, "more");
    return more == null ? 0 : more.intValue();
  }

  /** Products as "1. Name — $99.00–$129.00, in stock", at most {@value #MAX_LISTED}. */
  String numbered(List<Map<String, Object>> products, String currency) {
    StringJoiner lines = new StringJoiner("\n");
    for (int i = 0; i < Math.min(products.size(), MAX_LISTED); i++) {
      lines.add((i + 1) + ". " + productLine(products.get(i), currency));
    }
    return lines.toString();
  }

  private String productLine(Map<String, Object> product, String currency) {
    StringJoiner line = new StringJoiner(", ");
    String price =
        Money.range(
            Fields.decimal(product, "price_from", "min_price", "price"),
            Fields.decimal(product, "price_to", "max_price", "price"),
            currency);
    line.add(name(product) + (price == null ? "" : " — " + price));
    if (Fields.has(product, "in_stock", "available")) {
      boolean inStock = Fields.flag(product, "in_stock", "available");
      line.add(turn.say(inStock ? Phrase.IN_STOCK : Phrase.OUT_OF_STOCK));
    }
    return line.toString();
  }

  private String filters(Intent.Search search, String currency) {
    StringBuilder text = new StringBuilder();
    if (search != null && !search.query().isEmpty()) {
      text.append(turn.say(Phrase.FILTER_QUERY, search.query()));
    }
    if (search != null && search.min() != null && search.max() != null) {
      text.append(
          turn.say(
              Phrase.FILTER_BETWEEN,
              Money.format(search.min(), currency),
              Money.format(search.max(), currency)));
    } else if (search != null && search.max() != null) {
      text.append(turn.say(Phrase.FILTER_MAX, Money.format(search.max(), currency)));
    } else if (search != null && search.min() != null) {
      text.append(turn.say(Phrase.FILTER_MIN, Money.format(search.min(), currency)));
    }
    return text.toString();
  }

  String details(Map<String, Object> data) {
    String currency = Money.currency(data);
    StringJoiner reply = new StringJoiner("\n");
    String price =
        Money.range(
            Fields.decimal(data, "price_from", "min_price"),
            Fields.decimal(data, "price_to", "max_price"),
            currency);
    String code = ReferenceResolver.code(data);
    reply.add(
        name(data)
            + (code == null ? "" : " (" + code + ")")
            + (price == null ? "" : " — " + price));
    String description = Fields.text(data, "description");
    if (description != null) {
      reply.add(description);
    }
    List<Map<String, Object>> variants = Fields.maps(data, "variants");
    if (!variants.isEmpty()) {
      reply.add(turn.say(Phrase.OPTIONS));
      reply.add(variantLines(variants, currency));
      reply.add(turn.say(Phrase.DETAILS_HINT));
    }
    return reply.toString();
  }

  /** Variants as "- black, 30 hours — $279.00 — in stock (12 left)". */
  String variantLines(List<Map<String, Object>> variants, String currency) {
    StringJoiner lines = new StringJoiner("\n");
    for (int i = 0; i < Math.min(variants.size(), MAX_VARIANTS); i++) {
      Map<String, Object> v = variants.get(i);
      String price = Money.format(v, currency, "price");
      lines.add("- " + options(v) + (price == null ? "" : " — " + price) + " — " + stock(v));
    }
    if (variants.size() > MAX_VARIANTS) {
      lines.add(turn.say(Phrase.MORE, variants.size() - MAX_VARIANTS));
    }
    return lines.toString();
  }

  /** check_stock's answer: one item, in stock or not. */
  String stockOfItem(Map<String, Object> data) {
    String options = Fields.options(data.get("options"));
    String what = name(data) + (options.isEmpty() ? "" : " (" + options + ")");
    return what + ": " + stock(data) + ".";
  }

  /** A product's stock, variant by variant. */
  String stockOfProduct(Map<String, Object> details, List<Map<String, Object>> variants) {
    return turn.say(Phrase.STOCK_OF, name(details))
        + "\n"
        + variantLines(variants, Money.currency(details));
  }

  /** "in stock (5 left)", "out of stock", or that the result does not say: never a guess. */
  String stock(Map<String, Object> item) {
    Long quantity = Fields.whole(item, "quantity", "stock");
    if (!Fields.has(item, "available", "in_stock") && quantity == null) {
      return turn.say(Phrase.STOCK_UNKNOWN);
    }
    if (!VariantPicker.available(item)) {
      return turn.say(Phrase.OUT_OF_STOCK);
    }
    return quantity == null ? turn.say(Phrase.IN_STOCK) : turn.say(Phrase.IN_STOCK_LEFT, quantity);
  }

  String askVariant(Map<String, Object> details, List<Map<String, Object>> open) {
    return turn.say(Phrase.ASK_VARIANT, name(details))
        + "\n"
        + variantLines(open, Money.currency(details))
        + "\n"
        + turn.say(Phrase.ASK_WHICH_ONE);
  }

  String noVariant(Map<String, Object> details, ProductRef ref, boolean soldOut) {
    List<Map<String, Object>> available =
        Fields.maps(details, "variants").stream().filter(VariantPicker::available).toList();
    if (available.isEmpty()) {
      return turn.say(Phrase.ALL_SOLD_OUT, name(details));
    }
    Phrase phrase = soldOut ? Phrase.VARIANT_SOLD_OUT : Phrase.NO_SUCH_VARIANT;
    return turn.say(phrase, name(details), ref.words())
        + "\n"
        + variantLines(available, Money.currency(details))
        + "\n"
        + turn.say(Phrase.ASK_WHICH_ONE);
  }

  String askProduct(List<Map<String, Object>> candidates) {
    return numbered(candidates, Money.currency(Map.of())) + "\n" + turn.say(Phrase.ASK_PRODUCT);
  }

  String categories(Map<String, Object> data) {
    List<Map<String, Object>> categories = Fields.maps(data, "categories");
    if (categories.isEmpty()) {
      return turn.say(Phrase.NO_CATEGORIES);
    }
    StringJoiner reply = new StringJoiner("\n");
    reply.add(turn.say(Phrase.CATEGORIES));
    for (Map<String, Object> category : categories) {
      Long count = Fields.whole(category, "products", "product_count");
      String label = Fields.text(category, "name", "slug");
      reply.add("- " + label + (count == null ? "" : " " + turn.say(Phrase.PRODUCT_COUNT, count)));
    }
    return reply.toString();
  }

  /** A product's (or a line's) name; its code when it has none. */
  static String name(Map<String, Object> product) {
    return Fields.textOr(
        product, "name", "product", "product_name", "code", "product_code", "item_code");
  }

  private static String options(Map<String, Object> variant) {
    String options = Fields.options(variant.get("options"));
    return options.isEmpty() ? Fields.textOr(variant, "item_code", "itemCode", "code") : options;
  }
}
