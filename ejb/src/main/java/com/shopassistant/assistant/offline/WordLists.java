package com.shopassistant.assistant.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the word lists of words.properties beside this class: the vocabulary is data, kept out of
 * the Java so it can grow (or be checked by someone who speaks the language) without a code change.
 */
final class WordLists {

  private static final Properties WORDS = load("words.properties");

  private WordLists() {}

  /** The entries of a list, in order, each once. */
  static Set<String> set(String key) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(list(key)));
  }

  /** "word:meaning" entries, in order. */
  static Map<String, String> map(String key) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : list(key)) {
      int colon = entry.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException("words.properties " + key + ": not word:meaning: " + entry);
      }
      map.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** "word:number" entries. */
  static Map<String, Integer> numbers(String key) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    map(key).forEach((word, number) -> numbers.put(word, Integer.valueOf(number)));
    return java.util.Collections.unmodifiableMap(numbers);
  }

  private static List<String> list(String key) {
    String value = WORDS.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("words.properties has no list " + key);
    }
    List<String> entries = new ArrayList<>();
    for (String entry : value.split(",")) {
      if (!entry.isBlank()) {
        entries.add(entry.strip());
      }
    }
    return entries;
  }

  private static Properties load(String name) {
    Properties words = new Properties();
    try (InputStream in = WordLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
