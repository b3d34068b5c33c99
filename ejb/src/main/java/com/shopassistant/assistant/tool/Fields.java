package com.shopassistant.assistant.tool;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one object of a tool result in the order the model should read it, skipping what is
 * absent; the compression rules of {@link ToolResultCompressor} in a few words at the call site.
 */
final class Fields {

  private final Map<String, Object> values = new LinkedHashMap<>();

  static Fields of() {
    return new Fields();
  }

  /** Puts {@code value} unless it is null. */
  Fields put(String key, Object value) {
    if (value != null) {
      values.put(key, value);
    }
    return this;
  }

  /** Puts an amount as a plain two-decimal string. */
  Fields money(String key, BigDecimal amount) {
    return put(key, ToolResultCompressor.money(amount));
  }

  /** Puts {@code true} only: for flags whose absence reads as false (the default address). */
  Fields flag(String key, boolean value) {
    return value ? put(key, true) : this;
  }

  /** Puts at most {@link ToolResultCompressor#MAX_LIST} items and the {@code more_} count. */
  Fields list(String key, List<?> items) {
    return list(key, items, ToolResultCompressor.MAX_LIST);
  }

  Fields list(String key, List<?> items, int cap) {
    ToolResultCompressor.putList(values, key, items, cap);
    return this;
  }

  /** Puts every field of {@code other}, after this one's. */
  Fields putAll(Map<String, Object> other) {
    values.putAll(other);
    return this;
  }

  Map<String, Object> map() {
    return values;
  }
}
