package com.shopassistant.importer;

import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import java.util.Map;
import java.util.Objects;

/**
 * Decides and applies what changes when a catalog record meets its stored entity. Pure: it touches
 * only the objects it is given, so it is tested without a database. Fields are written only when
 * they differ, because every entity setter moves {@code updated_at} and the version.
 */
final class CatalogMerge {

  private CatalogMerge() {}

  static Category create(CategoryRecord r) {
    return new Category(r.slug(), r.name(), r.description());
  }

  static RowOutcome update(Category c, CategoryRecord r) {
    boolean changed = false;
    if (!c.getName().equals(r.name())) {
      c.rename(r.name());
      changed = true;
    }
    if (!Objects.equals(c.getDescription(), r.description())) {
      c.describe(r.description());
      changed = true;
    }
    return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
  }

  /** A new product without its variants; add those with {@link #addVariant}. */
  static Product create(ProductRecord r, Category category) {
    return new Product(r.code(), r.name(), r.description(), category);
  }

  static RowOutcome update(Product p, ProductRecord r, Category category) {
    boolean changed = false;
    if (!p.getName().equals(r.name())) {
      p.rename(r.name());
      changed = true;
    }
    if (!Objects.equals(p.getDescription(), r.description())) {
      p.describe(r.description());
      changed = true;
    }
    if (p.getCategory() == null || !p.getCategory().getSlug().equals(category.getSlug())) {
      p.moveTo(category);
      changed = true;
    }
    return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
  }

  static ProductVariant addVariant(Product p, VariantRecord r) {
    return p.addVariant(r.code(), r.price(), r.stock(), r.options());
  }

  /**
   * Price and options follow the file. Stock follows it only when the file states {@code stock}: a
   * figure derived from tau2's {@code available} seeds new variants but must not undo the sales
   * made since the last import.
   */
  static RowOutcome update(ProductVariant v, VariantRecord r) {
    boolean changed = false;
    if (v.getPrice().compareTo(r.price()) != 0) {
      v.changePrice(r.price());
      changed = true;
    }
    if (!v.getOptions().equals(r.options())) {
      v.getOptions().keySet().stream()
          .filter(name -> !r.options().containsKey(name))
          .toList()
          .forEach(v::removeOption);
      for (Map.Entry<String, String> option : r.options().entrySet()) {
        v.putOption(option.getKey(), option.getValue());
      }
      changed = true;
    }
    if (r.stockStated() && v.getStockQuantity() != r.stock()) {
      v.adjustStockTo(r.stock());
      changed = true;
    }
    return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
  }
}
