package com.shopassistant.assistant.tool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Keeps what tools send back to the model small, as the product plan asks: essential fields only
 * (each tool picks them), lists of at most {@value #MAX_LIST} entries followed by {@code
 * more_<list>} (how many were left out), booleans where a count is not needed, text cut to about
 * {@value #MAX_TEXT} characters, money as plain decimal strings, and nothing null or empty. Every
 * result passes {@link #compress} in the registry, which also turns the values into plain JSON
 * types (maps, lists, strings, numbers, booleans) for the gateway.
 */
public final class ToolResultCompressor {

  /** The longest list a tool answers; the model narrows a search rather than reading pages. */
  public static final int MAX_LIST = 10;

  /** The longest text a result carries (a product description, a refusal's detail). */
  public static final int MAX_TEXT = 300;

  private ToolResultCompressor() {}

  /** {@code data} as plain JSON values, without null or empty fields, texts cut. */
  public static Map<String, Object> compress(Map<String, ?> data) {
    Object compressed = value(data);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = compressed == null ? Map.of() : (Map<String, Object>) compressed;
    return map;
  }

  /** An amount of money as the store writes it: two decimals, no exponent ("12.50"). */
  public static String money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * {@code text} of at most {@code max} characters: cut at the last space in the second half when
   * there is one, with "…" when anything was cut.
   */
  public static String shorten(String text, int max) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    String cut = stripped.substring(0, max - 1);
    int space = cut.lastIndexOf(' ');
    if (space >= max / 2) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }

  /** A variant's options as one short text: "color: blue, size: M". */
  public static String options(Map<String, String> options) {
    if (options == null || options.isEmpty()) {
      return null;
    }
    StringJoiner text = new StringJoiner(", ");
    options.forEach((name, value) -> text.add(name + ": " + value));
    return text.toString();
  }

  /** An instant as ISO-8601 in UTC to the second ("2026-11-27T10:15:00Z"). */
  public static String instant(OffsetDateTime time) {
    return time == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
  }

  /** A day, for lists where the time of day is noise ("2026-11-27"). */
  public static String day(OffsetDateTime time) {
    return time == null
        ? null
        : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString();
  }

  /**
   * Puts at most {@code cap} of {@code items} under {@code key} and, when some were left out, how
   * many under {@code more_<key>}.
   */
  public static void putList(Map<String, Object> into, String key, List<?> items, int cap) {
    if (items == null || items.isEmpty()) {
      return;
    }
    into.put(key, List.copyOf(items.subList(0, Math.min(cap, items.size()))));
    if (items.size() > cap) {
      into.put("more_" + key, items.size() - cap);
    }
  }

  private static Object value(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach(
          (key, inner) -> {
            Object compact = value(inner);
            if (key != null && compact != null) {
              out.put(key.toString(), compact);
            }
          });
      return out.isEmpty() ? null : out;
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object inner : list) {
        Object compact = value(inner);
        if (compact != null) {
          out.add(compact);
        }
      }
      return out.isEmpty() ? null : out;
    }
    return scalar(value);
  }

  private static Object scalar(Object value) {
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof OffsetDateTime time) {
      return instant(time);
    }
    if (value instanceof TemporalAccessor temporal) {
      return temporal.toString();
    }
    String text = value.toString();
    return text.isBlank() ? null : shorten(text, MAX_TEXT);
  }
}
