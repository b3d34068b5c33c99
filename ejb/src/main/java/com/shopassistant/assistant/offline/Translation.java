package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts Indonesian shopping words into the catalog's English ("sepatu lari" → "running shoes"), two
 * words at a time first, so a search in Indonesian finds the same products.
 */
final class Translation {

  private Translation() {}

  static List<String> toEnglish(List<String> words) {
    List<String> english = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String pair = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : null;
      if (pair != null && Vocabulary.TO_ENGLISH.containsKey(pair)) {
        english.addAll(List.of(Vocabulary.TO_ENGLISH.get(pair).split(" ")));
        i++;
      } else {
        String word = words.get(i);
        english.addAll(List.of(Vocabulary.TO_ENGLISH.getOrDefault(word, word).split(" ")));
      }
    }
    return english;
  }
}
