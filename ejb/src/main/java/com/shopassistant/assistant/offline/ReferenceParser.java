package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a message points at ({@link ProductRef}) and how many it wants from the words left
 * once prices, codes and order numbers are lifted out. When a word can be read two ways, the last
 * one written wins, so an answer appended to the question it answers overrides it.
 */
final class ReferenceParser {

  /** A reference and a quantity (null when none was said). */
  record Parsed(ProductRef ref, Integer quantity) {}

  private static final Set<String> PRONOUNS =
      Set.of("it", "itu", "this", "that", "ini", "tersebut", "them", "those", "these", "mereka");
  private static final Set<String> ALL = Set.of("all", "semua", "semuanya", "everything", "both");
  private static final Set<String> SIZE_WORDS = Set.of("size", "ukuran", "sz", "nomor");
  private static final Set<String> SINGLE_LETTER_SIZES = Set.of("s", "m", "l");
  private static final int MAX_QUANTITY = 99;

  private ReferenceParser() {}

  static Parsed parse(Message message) {
    Collected collected = new Collected(message.position);
    List<String> words = joinUnits(message.rest);
    for (int i = 0; i < words.size(); i++) {
      collected.take(words.get(i), i > 0 ? words.get(i - 1) : "");
    }
    String code = message.codes.isEmpty() ? null : message.codes.get(message.codes.size() - 1);
    List<String> englishNames = new ArrayList<>();
    for (String name : Translation.toEnglish(new ArrayList<>(collected.names))) {
      englishNames.add(Words.stem(name));
    }
    ProductRef ref =
        new ProductRef(
            collected.ordinal,
            code,
            List.copyOf(collected.options),
            englishNames,
            collected.pronoun,
            collected.all);
    return new Parsed(ref, collected.quantity);
  }

  /** What the words said so far; a later word of a kind overrides an earlier one. */
  private static final class Collected {
    Integer ordinal;
    Integer quantity;
    boolean pronoun;
    boolean all;
    final Set<String> options = new LinkedHashSet<>();
    final Set<String> names = new LinkedHashSet<>();

    Collected(Integer position) {
      this.ordinal = position;
    }

    void take(String word, String before) {
      if (Vocabulary.ORDINALS.containsKey(word)) {
        ordinal = Vocabulary.ORDINALS.get(word);
      } else if (SIZE_WORDS.contains(before) && isSize(word)) {
        options.add(Vocabulary.SIZES.getOrDefault(word, word));
      } else if (quantityOf(word) != null) {
        quantity = quantityOf(word);
      } else if (Vocabulary.COLOURS.containsKey(word)) {
        // A later colour replaces an earlier one: "blue ... no, black" means black.
        options.removeAll(Vocabulary.COLOURS.values());
        options.add(Vocabulary.COLOURS.get(word));
      } else if (Vocabulary.SIZES.containsKey(word) && !SINGLE_LETTER_SIZES.contains(word)) {
        options.removeAll(Vocabulary.SIZES.values());
        options.add(Vocabulary.SIZES.get(word));
      } else if (Words.containsDigit(word) && isUnitValue(word)) {
        options.add(word);
      } else if (PRONOUNS.contains(word)) {
        pronoun = true;
      } else if (ALL.contains(word)) {
        all = true;
      } else if (isNameWord(word)) {
        names.add(word);
      }
    }
  }

  /** "2", "x2", "2x", "two", "dua"; null for anything else or a number out of range. */
  static Integer quantityOf(String word) {
    if (Vocabulary.NUMBERS.containsKey(word)) {
      return Vocabulary.NUMBERS.get(word);
    }
    String digits = word;
    if (word.startsWith("x")) {
      digits = word.substring(1);
    } else if (word.endsWith("x")) {
      digits = word.substring(0, word.length() - 1);
    }
    if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int value = Integer.parseInt(digits);
    return value >= 0 && value <= MAX_QUANTITY ? value : null;
  }

  private static boolean isSize(String word) {
    return Vocabulary.SIZES.containsKey(word) || word.chars().allMatch(Character::isDigit);
  }

  private static boolean isUnitValue(String word) {
    for (String unit : Vocabulary.UNITS) {
      if (word.endsWith(unit) && word.length() > unit.length()) {
        String number = word.substring(0, word.length() - unit.length());
        if (number.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNameWord(String word) {
    return word.length() > 1
        && !Words.containsDigit(word)
        && !Vocabulary.STOP_WORDS.contains(word)
        && !IntentWords.ALL.contains(word);
  }

  /** "128 gb" becomes "128gb", "30 hours" "30hours": the form option values are compared in. */
  static List<String> joinUnits(List<String> words) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean number = !word.isEmpty() && word.chars().allMatch(Character::isDigit);
      if (number && i + 1 < words.size() && Vocabulary.UNITS.contains(words.get(i + 1))) {
        joined.add(word + words.get(i + 1));
        i++;
      } else {
        joined.add(word);
      }
    }
    return joined;
  }
}
