package com.shopassistant.assistant.offline;

import java.util.List;
import java.util.Set;

/**
 * Tells Bahasa Indonesia from English by common words of each. A message with no telling words
 * ("ok", "DP0001") keeps the language of the customer's earlier messages, then the request's hint.
 */
final class Language {

  static final String EN = "en";
  static final String ID = "id";

  private static final Set<String> INDONESIAN = WordLists.set("language.id");
  private static final Set<String> ENGLISH = WordLists.set("language.en");

  private Language() {}

  /** "id", "en", or null when the text does not tell. */
  static String of(String text) {
    int indonesian = 0;
    int english = 0;
    for (String word : Words.split(Words.normalize(text))) {
      indonesian += INDONESIAN.contains(word) ? 1 : 0;
      english += ENGLISH.contains(word) ? 1 : 0;
    }
    if (indonesian == english) {
      return null;
    }
    return indonesian > english ? ID : EN;
  }

  /**
   * The language to answer {@code text} in, looking back at earlier messages when it is unclear.
   */
  static String of(String text, List<String> earlierNewestFirst, String hint) {
    String language = of(text);
    for (int i = 0; language == null && i < earlierNewestFirst.size(); i++) {
      language = of(earlierNewestFirst.get(i));
    }
    if (language != null) {
      return language;
    }
    return ID.equals(hint) ? ID : EN;
  }
}
