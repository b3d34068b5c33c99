package com.shopassistant.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A category as the search sees it. Categories are few (tens), so a search reads them all and
 * decides in Java which ones a word names: the product query then tests {@code category_id in
 * (...)}, which PostgreSQL can combine with the trigram indexes, where a sub-select on the category
 * table could not.
 *
 * @param id the category's id
 * @param slug its slug
 * @param name its name
 */
public record CategoryRow(long id, String slug, String name) {

  /** The id of the category with this slug, if there is one. */
  static Optional<Long> idOf(List<CategoryRow> categories, String slug) {
    return categories.stream().filter(c -> c.slug().equals(slug)).map(CategoryRow::id).findFirst();
  }

  /**
   * The ids of the categories whose name contains {@code word} (lower case), as SQL's LIKE would.
   */
  static List<Long> idsNaming(List<CategoryRow> categories, String word) {
    return categories.stream()
        .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(word))
        .map(CategoryRow::id)
        .toList();
  }
}
