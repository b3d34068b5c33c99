package com.shopassistant.assistant.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text handling shared by the parsers: one normal form, words, phrases found with a cheap typo
 * tolerance, and the plural trimming that lets a search word match both forms of a name.
 */
final class Words {

  // Letters, digits and inner hyphens make a word: "t-shirt", "abu-abu", "e-reader".
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

  /**
   * Typos are tolerated only in keywords this long: shorter ones collide with real words ("remove"
   * and "remote", "stock" and "stick").
   */
  private static final int FUZZY_MIN_LENGTH = 7;

  private Words() {}

  /** Lower case, compatibility-normalised, curly quotes made straight and apostrophes dropped. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return plain.replace('\u2019', '\'').replace("'", "").replace('\u2013', '-').strip();
  }

  /** The words of an already normalised text, in order, repeats kept. */
  static List<String> split(String normalized) {
    List<String> words = new ArrayList<>();
    for (String token : NOT_WORD.split(normalized)) {
      String word = trimHyphens(token);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String trimHyphens(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && token.charAt(start) == '-') {
      start++;
    }
    while (end > start && token.charAt(end - 1) == '-') {
      end--;
    }
    return token.substring(start, end);
  }

  /** Whether {@code word} is {@code keyword} or, for long keywords, one slip short of it. */
  static boolean same(String word, String keyword) {
    if (word.equals(keyword)) {
      return true;
    }
    // A letter swapped, changed or dropped; not one added, which in Indonesian is mostly an affix
    // that makes another word ("pesankan", to order for someone, is not "pesanan", an order).
    if (keyword.length() < FUZZY_MIN_LENGTH
        || word.length() > keyword.length()
        || word.length() < keyword.length() - 1
        || containsDigit(word)) {
      return false;
    }
    return distance(word, keyword) <= 1;
  }

  /** Where {@code phrase} (words separated by blanks) starts in {@code words}, or -1. */
  static int indexOf(List<String> words, String phrase) {
    String[] parts = phrase.split(" ");
    for (int i = 0; i + parts.length <= words.size(); i++) {
      boolean all = true;
      for (int j = 0; j < parts.length && all; j++) {
        all = same(words.get(i + j), parts[j]);
      }
      if (all) {
        return i;
      }
    }
    return -1;
  }

  /** Whether any of the phrases occurs in {@code words}. */
  static boolean hasAny(List<String> words, Collection<String> phrases) {
    for (String phrase : phrases) {
      if (indexOf(words, phrase) >= 0) {
        return true;
      }
    }
    return false;
  }

  static boolean hasAny(List<String> words, String... phrases) {
    return hasAny(words, List.of(phrases));
  }

  static boolean containsDigit(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  /**
   * A search word cut back so it is a part of both its plural and its singular ("headphones" →
   * "headphone", "watches" → "watch", "batteries" → "batter"): the catalog search matches parts.
   */
  static String stem(String word) {
    if (word.length() <= 4 || containsDigit(word)) {
      return word;
    }
    if (word.endsWith("ies")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.endsWith("sses")
        || word.endsWith("xes")
        || word.endsWith("ches")
        || word.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** Edit distance with adjacent swaps counted once ("chekcout" is one slip from "checkout"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
