package com.shopassistant.assistant.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads tool results defensively. The tools are JSON: a field may be missing, a number may arrive
 * as a string or a double, a list may be absent; every reader here answers null or empty instead of
 * failing, so a reply degrades to fewer details rather than to an error.
 */
final class Fields {

  /** What a reply shows for a value the result does not hold. */
  static final String UNKNOWN = "?";

  private Fields() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** The first of {@code keys} present with a non-null value, or null. */
  static Object first(Map<String, Object> map, String... keys) {
    for (String key : keys) {
      Object value = map.get(key);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  static String text(Map<String, Object> map, String... keys) {
    Object value = first(map, keys);
    if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
      return null;
    }
    String text = value instanceof Number n ? plain(n) : value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** The text, or {@link #UNKNOWN} when the result does not hold one: a reply never says "null". */
  static String textOr(Map<String, Object> map, String... keys) {
    String text = text(map, keys);
    return text == null ? UNKNOWN : text;
  }

  static BigDecimal decimal(Map<String, Object> map, String... keys) {
    Object value = first(map, keys);
    if (value == null) {
      return null;
    }
    try {
      return value instanceof Number n
          ? new BigDecimal(plain(n))
          : new BigDecimal(value.toString().strip().replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Long whole(Map<String, Object> map, String... keys) {
    BigDecimal value = decimal(map, keys);
    return value == null ? null : value.longValue();
  }

  static boolean flag(Map<String, Object> map, String... keys) {
    Object value = first(map, keys);
    return value instanceof Boolean b
        ? b
        : value != null && "true".equalsIgnoreCase(value.toString());
  }

  static boolean has(Map<String, Object> map, String... keys) {
    return first(map, keys) != null;
  }

  static Map<String, Object> nested(Map<String, Object> map, String... keys) {
    return map(first(map, keys));
  }

  /** The maps in the list under the first of {@code keys}; other elements are skipped. */
  static List<Map<String, Object>> maps(Map<String, Object> map, String... keys) {
    List<Map<String, Object>> maps = new ArrayList<>();
    if (first(map, keys) instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?>) {
          maps.add(map(element));
        }
      }
    }
    return maps;
  }

  /** The strings in the list under the first of {@code keys}. */
  static List<String> texts(Map<String, Object> map, String... keys) {
    List<String> texts = new ArrayList<>();
    if (first(map, keys) instanceof List<?> list) {
      for (Object element : list) {
        if (element != null && !(element instanceof Map<?, ?>)) {
          texts.add(element.toString());
        }
      }
    }
    return texts;
  }

  /** Options for people: "black, 30 hours" from a map, a list or a string. */
  static String options(Object options) {
    StringJoiner joined = new StringJoiner(", ");
    if (options instanceof Map<?, ?> map) {
      map.values().forEach(v -> joined.add(String.valueOf(v)));
    } else if (options instanceof List<?> list) {
      list.forEach(v -> joined.add(String.valueOf(v)));
    } else if (options != null) {
      joined.add(options.toString());
    }
    return joined.toString();
  }

  /** Option values as words in the form messages are compared in ("128 GB" → "128gb"). */
  static List<String> optionWords(Object options) {
    List<String> words = new ArrayList<>();
    for (String part : options(options).split(",")) {
      words.addAll(ReferenceParser.joinUnits(Words.split(Words.normalize(part))));
    }
    List<String> canonical = new ArrayList<>();
    for (String word : words) {
      canonical.add(Vocabulary.COLOURS.getOrDefault(word, word));
    }
    return canonical;
  }

  /** 3.0 is "3", 2.50 stays "2.50": a JSON number without exponent. */
  private static String plain(Number number) {
    if (number instanceof Double || number instanceof Float) {
      return BigDecimal.valueOf(number.doubleValue()).toPlainString();
    }
    return new BigDecimal(number.toString()).toPlainString();
  }
}
