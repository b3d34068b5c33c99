package com.shopassistant.assistant.offline;

import java.util.Map;
import java.util.Set;

/**
 * The words the offline assistant knows in English and Bahasa Indonesia apart from intent keywords,
 * from words.properties: filler to drop from searches, colours and sizes that pick a variant,
 * numbers, ordinals, and Indonesian shopping words put into English because the catalog is written
 * in English.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** Words that carry no search meaning, in either language (intent verbs included). */
  static final Set<String> STOP_WORDS = WordLists.set("stop");

  /** Colour words, English and Indonesian, to the English colour a variant's options use. */
  static final Map<String, String> COLOURS = WordLists.map("colours");

  /** Size words to the form variant options use. */
  static final Map<String, String> SIZES = WordLists.map("sizes");

  /** Units a number joins when a variant is named by it: "128 gb" is the option "128gb". */
  static final Set<String> UNITS = WordLists.set("units");

  /** Small numbers written as words ("one" is left out: it is "the second one"). */
  static final Map<String, Integer> NUMBERS = WordLists.numbers("numbers");

  /** Ordinal words to positions in a list; -1 is the last entry. */
  static final Map<String, Integer> ORDINALS = WordLists.numbers("ordinals");

  /** Indonesian shopping words and two-word phrases in the catalog's English. */
  static final Map<String, String> TO_ENGLISH = WordLists.map("to.english");
}
