package com.shopassistant.assistant.tool;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * A small, deterministic JSON writer for tool results and declarations: maps keep their insertion
 * order, nothing is indented, and the same value always gives the same text. It is what the token
 * estimates measure, so it needs no JSON provider at hand (plain unit tests have none).
 */
public final class ToolJson {

  private ToolJson() {}

  /**
   * {@code value} as compact JSON: maps, collections, strings, numbers, booleans and null; any
   * other object is written as its string.
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      appendObject(out, map);
    } else if (value instanceof Collection<?> list) {
      appendArray(out, list.iterator());
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Number number) {
      out.append(new BigDecimal(number.toString()).stripTrailingZeros().toPlainString());
    } else {
      appendString(out, value.toString());
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      appendString(out, String.valueOf(entry.getKey()));
      out.append(':');
      append(out, entry.getValue());
    }
    out.append('}');
  }

  private static void appendArray(StringBuilder out, Iterator<?> items) {
    out.append('[');
    while (items.hasNext()) {
      append(out, items.next());
      if (items.hasNext()) {
        out.append(',');
      }
    }
    out.append(']');
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
