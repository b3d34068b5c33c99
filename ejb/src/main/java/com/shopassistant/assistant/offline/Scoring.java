package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How well an entry (a product, a variant, a cart line, an order item) fits what the customer said:
 * every option word must be among its words, and each name word it holds counts one.
 */
final class Scoring {

  private Scoring() {}

  /** The entries with the highest positive score, in their order; empty when none fits. */
  static <T> List<T> best(List<T> entries, Function<T, List<String>> wordsOf, ProductRef ref) {
    List<String> options = stems(ref.options());
    List<String> names = stems(ref.names());
    int top = 0;
    List<T> best = new ArrayList<>();
    for (T entry : entries) {
      Set<String> words = new HashSet<>(stems(expand(wordsOf.apply(entry))));
      if (!words.containsAll(options)) {
        continue;
      }
      int score = options.size() + (int) names.stream().filter(words::contains).count();
      if (score > 0 && score >= top) {
        if (score > top) {
          best.clear();
          top = score;
        }
        best.add(entry);
      }
    }
    return best;
  }

  /** The entries holding every option word and every name word, in their order. */
  static <T> List<T> all(List<T> entries, Function<T, List<String>> wordsOf, ProductRef ref) {
    List<String> wanted = new ArrayList<>(stems(ref.options()));
    wanted.addAll(stems(ref.names()));
    if (wanted.isEmpty()) {
      return List.of();
    }
    return entries.stream()
        .filter(e -> new HashSet<>(stems(expand(wordsOf.apply(e)))).containsAll(wanted))
        .toList();
  }

  /** Whether every option word is among {@code words} (no option words: true). */
  static boolean hasOptions(List<String> words, List<String> options) {
    return new HashSet<>(stems(expand(words))).containsAll(stems(options));
  }

  // "noise-cancelling" also counts as "noise" and "cancelling".
  private static List<String> expand(List<String> words) {
    List<String> all = new ArrayList<>();
    for (String word : words) {
      all.add(word);
      if (word.contains("-")) {
        all.addAll(List.of(word.split("-")));
      }
    }
    return all;
  }

  private static List<String> stems(List<String> words) {
    return words.stream().map(Words::stem).toList();
  }
}
