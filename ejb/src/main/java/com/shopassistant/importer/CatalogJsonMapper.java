package com.shopassistant.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the catalog parts of a snapshot: {@code categories} and {@code products}. */
final class CatalogJsonMapper {

  // The same rule the Category entity enforces, checked here so the error carries its path.
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final int defaultStock;

  /**
   * @param defaultStock the stock of a variant that is {@code available} but states none
   */
  CatalogJsonMapper(int defaultStock) {
    if (defaultStock < 1) {
      throw new IllegalArgumentException("default stock must be at least 1, was " + defaultStock);
    }
    this.defaultStock = defaultStock;
  }

  CategoryRecord category(PathedJson node) throws InvalidStoreFileException {
    return new CategoryRecord(
        slug(node.field("slug")),
        node.field("name").text(200),
        optionalText(node, "description").orElse(null));
  }

  private static String slug(PathedJson node) throws InvalidStoreFileException {
    String slug = node.text(100);
    if (!SLUG.matcher(slug).matches()) {
      throw node.error("must be lower-case letters and digits in words joined by '-'");
    }
    return slug;
  }

  ProductRecord product(String key, PathedJson node) throws InvalidStoreFileException {
    String code = keyField(node, "product_id", key);
    String name = node.field("name").text(200);
    Optional<PathedJson> categoryNode = node.optionalField("category");
    String categorySlug = CategoryKeywords.guess(name);
    if (categoryNode.isPresent()) {
      categorySlug = slug(categoryNode.get());
    }
    List<VariantRecord> variants = new ArrayList<>();
    for (Map.Entry<String, PathedJson> e : node.field("variants").entries().entrySet()) {
      variants.add(variant(e.getKey(), e.getValue()));
    }
    return new ProductRecord(
        code, name, optionalText(node, "description").orElse(null), categorySlug, variants);
  }

  private VariantRecord variant(String key, PathedJson node) throws InvalidStoreFileException {
    String code = keyField(node, "item_id", key);
    Map<String, String> options = options(node.field("options"));
    BigDecimal price = node.field("price").money();
    Optional<PathedJson> stockNode = node.optionalField("stock");
    Optional<PathedJson> availableNode = node.optionalField("available");
    if (stockNode.isEmpty() && availableNode.isEmpty()) {
      throw node.error("needs \"available\" or \"stock\"");
    }
    if (stockNode.isPresent()) {
      int stock = stockNode.get().integer(0);
      if (availableNode.isPresent() && availableNode.get().bool() != stock > 0) {
        throw availableNode.get().error("contradicts stock " + stock);
      }
      return new VariantRecord(code, options, price, stock, true);
    }
    int derived = availableNode.get().bool() ? defaultStock : 0;
    return new VariantRecord(code, options, price, derived, false);
  }

  /** Option names and values, both non-blank strings (the entity's rule, with a path). */
  static Map<String, String> options(PathedJson node) throws InvalidStoreFileException {
    Map<String, String> options = new LinkedHashMap<>();
    for (Map.Entry<String, PathedJson> e : node.entries().entrySet()) {
      String name = e.getKey().strip();
      if (name.isEmpty() || name.length() > 100) {
        throw e.getValue().error("option names must have 1 to 100 characters");
      }
      options.put(name, e.getValue().text(200));
    }
    return options;
  }

  /**
   * The id field of an entry in a map-like object; it must repeat the entry's key, since tau2 looks
   * records up by key and the id in two places could otherwise disagree.
   */
  static String keyField(PathedJson node, String field, String key)
      throws InvalidStoreFileException {
    return keyField(node, field, key, 64);
  }

  static String keyField(PathedJson node, String field, String key, int maxLength)
      throws InvalidStoreFileException {
    PathedJson idNode = node.field(field);
    String id = idNode.text(maxLength);
    if (!id.equals(key)) {
      throw idNode.error("\"" + id + "\" does not match its key \"" + key + "\"");
    }
    return id;
  }

  static Optional<String> optionalText(PathedJson node, String field)
      throws InvalidStoreFileException {
    Optional<PathedJson> value = node.optionalField(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get().string().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
