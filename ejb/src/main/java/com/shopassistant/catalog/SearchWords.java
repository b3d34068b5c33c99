package com.shopassistant.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a search text: lower-cased, split at white space, without punctuation around them
 * ("headphones," is "headphones"; "t-shirt" stays whole), each once, in the order written.
 */
public final class SearchWords {

  private SearchWords() {}

  /** The words of {@code text}; empty for null or blank text. */
  public static List<String> of(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Set<String> words = new LinkedHashSet<>();
    for (String token : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      String word = trimPunctuation(token);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return List.copyOf(words);
  }

  private static String trimPunctuation(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !Character.isLetterOrDigit(token.codePointAt(start))) {
      start += Character.charCount(token.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(token.codePointBefore(end))) {
      end -= Character.charCount(token.codePointBefore(end));
    }
    return token.substring(start, end);
  }

  /** A LIKE pattern matching {@code word} anywhere, its own {@code % _ \} taken literally. */
  static String containing(String word) {
    return "%" + escapeLike(word) + "%";
  }

  /** A LIKE pattern matching text that starts with {@code words}. */
  static String startingWith(String words) {
    return escapeLike(words) + "%";
  }

  /** Backslash is the escape character of every LIKE the search writes. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
