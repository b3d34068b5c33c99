package com.shopassistant.assistant.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares tool arguments by value: 500000, 500000.0 and "500000" are the same number. */
final class Args {

  private Args() {}

  static Map<String, Object> plain(Map<String, Object> args) {
    Map<String, Object> plain = new TreeMap<>();
    args.forEach((k, v) -> plain.put(k, plainValue(v)));
    return plain;
  }

  @SuppressWarnings("unchecked")
  private static Object plainValue(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof Map<?, ?> map) {
      return plain((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> plain = new ArrayList<>();
      list.forEach(v -> plain.add(plainValue(v)));
      return plain;
    }
    return value;
  }

  /** Name, value, name, value... as a plain map. */
  static Map<String, Object> of(Object... namesAndValues) {
    Map<String, Object> args = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return plain(args);
  }
}
