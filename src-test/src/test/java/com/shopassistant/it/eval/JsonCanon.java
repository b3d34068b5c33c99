package com.shopassistant.it.eval;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON equality as τ²-bench's own comparison sees it: objects regardless of key order, arrays in
 * order, numbers by value ({@code 17.0} equals {@code 17.00}, as Python's {@code json} reads both).
 */
public final class JsonCanon {

  private JsonCanon() {}

  /** Plain Java values whose {@code equals} is that equality. */
  public static Object of(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> sorted = new TreeMap<>();
        ((JsonObject) value).forEach((k, v) -> sorted.put(k, of(v)));
        yield sorted;
      }
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        ((JsonArray) value).forEach(v -> items.add(of(v)));
        yield items;
      }
      case NUMBER -> {
        BigDecimal number = ((JsonNumber) value).bigDecimalValue().stripTrailingZeros();
        yield number.signum() == 0 ? BigDecimal.ZERO : number;
      }
      case STRING -> ((JsonString) value).getString();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> "null";
    };
  }

  /**
   * The keys of {@code section} in {@code expected} whose record differs in {@code actual} (or is
   * missing there); records only {@code actual} has are ignored.
   */
  public static List<String> differingKeys(JsonObject expected, JsonObject actual, String section) {
    JsonObject want = expected.getJsonObject(section);
    JsonObject got = actual.getJsonObject(section);
    List<String> differing = new ArrayList<>();
    for (String key : want.keySet()) {
      if (got == null || !got.containsKey(key) || !of(want.get(key)).equals(of(got.get(key)))) {
        differing.add(key);
      }
    }
    return differing;
  }

  /** The first differing record of a section, both sides, for a failure message. */
  public static String firstDifference(JsonObject expected, JsonObject actual, String section) {
    List<String> keys = differingKeys(expected, actual, section);
    if (keys.isEmpty()) {
      return "none";
    }
    String key = keys.get(0);
    JsonObject got = actual.getJsonObject(section);
    return section
        + "["
        + key
        + "]: expected "
        + of(expected.getJsonObject(section).get(key))
        + "\n  exported "
        + (got == null || !got.containsKey(key) ? "nothing" : of(got.get(key)));
  }
}
