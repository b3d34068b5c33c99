package com.shopassistant.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The category a product is in.
 *
 * @param slug for {@code ?category=}
 * @param name the category's name
 */
@JsonbPropertyOrder({"slug", "name"})
public record CategoryRefView(String slug, String name) {

  static CategoryRefView of(CategoryRef category) {
    return category == null ? null : new CategoryRefView(category.slug(), category.name());
  }
}
