package com.shopassistant.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The store's standard categories and a keyword map from product names to them (the table {@code
 * standard-categories.txt} beside this class). tau2 products carry no category, yet the assistant
 * browses by category, so a product that names none is placed by the words in its name; the longest
 * matching keyword wins, which puts "Smart Watch" in electronics but "Wristwatch" in accessories
 * and "Indoor Security Camera" in smart home rather than cameras.
 */
public final class CategoryKeywords {

  /** The slug of the catch-all category for names no keyword matches. */
  public static final String GENERAL = "general";

  private record Entry(CategoryRecord category, List<String> keywords) {}

  private static final List<Entry> ENTRIES = load("standard-categories.txt");

  private CategoryKeywords() {}

  private static List<Entry> load(String resource) {
    return DataTable.read(resource, 4).stream()
        .map(
            row ->
                new Entry(
                    new CategoryRecord(row.get(0), row.get(1), row.get(2)),
                    DataTable.list(row.get(3), ",")))
        .toList();
  }

  /** Every standard category, {@value #GENERAL} last. */
  public static List<CategoryRecord> standardCategories() {
    return ENTRIES.stream().map(Entry::category).toList();
  }

  /** The standard category with this slug, if it is one. */
  public static Optional<CategoryRecord> standard(String slug) {
    return ENTRIES.stream().map(Entry::category).filter(c -> c.slug().equals(slug)).findFirst();
  }

  /** The slug of the category a product with this name belongs to; {@value #GENERAL} if unsure. */
  public static String guess(String productName) {
    List<String> words = words(productName);
    String bestSlug = GENERAL;
    int bestLength = 0;
    for (Entry entry : ENTRIES) {
      for (String keyword : entry.keywords()) {
        if (keyword.length() > bestLength && contains(words, words(keyword))) {
          bestSlug = entry.category().slug();
          bestLength = keyword.length();
        }
      }
    }
    return bestSlug;
  }

  // "E-Reader" and "T-Shirt" become [e, reader] and [t, shirt], so keywords need no punctuation.
  private static List<String> words(String text) {
    String words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    return words.isEmpty() ? List.of() : List.of(words.split(" "));
  }

  /** Whether the keyword's words occur one after another in the name, plurals included. */
  private static boolean contains(List<String> name, List<String> keyword) {
    for (int start = 0; start + keyword.size() <= name.size(); start++) {
      int matched = 0;
      while (matched < keyword.size()
          && sameWord(name.get(start + matched), keyword.get(matched))) {
        matched++;
      }
      if (matched == keyword.size()) {
        return true;
      }
    }
    return false;
  }

  // "Bulbs" matches "bulb"; "dress" is not the plural of "dres".
  private static boolean sameWord(String word, String keyword) {
    return word.equals(keyword)
        || word.endsWith("s")
            && !word.endsWith("ss")
            && word.length() - 1 == keyword.length()
            && word.startsWith(keyword);
  }
}
