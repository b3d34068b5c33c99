package com.shopassistant.importer;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON value together with the path that leads to it, so that every typed read can fail with a
 * message such as {@code orders["#W1"].items[2].price: expected a number}. The mappers read the
 * file only through this class; none of them builds a path by hand.
 */
final class PathedJson {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonValue value;
  private final String path;

  private PathedJson(JsonValue value, String path) {
    this.value = value;
    this.path = path;
  }

  /** A value read from the file at the given path. */
  static PathedJson of(JsonValue value, String path) {
    return new PathedJson(value, path);
  }

  /** The path of a field: {@code a.b} for plain names, {@code a["odd key"]} for the rest. */
  static String fieldPath(String parent, String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      return keyPath(parent, name);
    }
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** The path of an entry of a map-like object: always {@code a["key"]}, as ids look like data. */
  static String keyPath(String parent, String key) {
    String escaped = key.replace("\\", "\\\\").replace("\"", "\\\"");
    return (parent.isEmpty() ? "$" : parent) + "[\"" + escaped + "\"]";
  }

  String path() {
    return path;
  }

  InvalidStoreFileException error(String problem) {
    return new InvalidStoreFileException(path.isEmpty() ? "$" : path, problem);
  }

  /** A field that must be present and not null. */
  PathedJson field(String name) throws InvalidStoreFileException {
    return optionalField(name)
        .orElseThrow(
            () -> new InvalidStoreFileException(fieldPath(path, name), "missing required field"));
  }

  /** A field that may be absent; JSON {@code null} counts as absent, as in the tau2 files. */
  Optional<PathedJson> optionalField(String name) throws InvalidStoreFileException {
    JsonValue member = object().get(name);
    if (member == null || member.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    return Optional.of(new PathedJson(member, fieldPath(path, name)));
  }

  /** The members of an object used as a map from id to value, in file order. */
  Map<String, PathedJson> entries() throws InvalidStoreFileException {
    Map<String, PathedJson> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : object().entrySet()) {
      entries.put(e.getKey(), new PathedJson(e.getValue(), keyPath(path, e.getKey())));
    }
    return entries;
  }

  /** The elements of an array, each with its index in the path. */
  List<PathedJson> elements() throws InvalidStoreFileException {
    JsonArray array = as(JsonValue.ValueType.ARRAY, "an array").asJsonArray();
    List<PathedJson> elements = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      elements.add(new PathedJson(array.get(i), path + "[" + i + "]"));
    }
    return elements;
  }

  boolean isArray() {
    return value.getValueType() == JsonValue.ValueType.ARRAY;
  }

  JsonObject object() throws InvalidStoreFileException {
    return as(JsonValue.ValueType.OBJECT, "an object").asJsonObject();
  }

  String string() throws InvalidStoreFileException {
    return ((JsonString) as(JsonValue.ValueType.STRING, "a string")).getString();
  }

  /** A string with something in it, stripped of surrounding blanks. */
  String text() throws InvalidStoreFileException {
    String text = string().strip();
    if (text.isEmpty()) {
      throw error("must not be blank");
    }
    return text;
  }

  /** Like {@link #text()}, and at most {@code maxLength} characters (its column's width). */
  String text(int maxLength) throws InvalidStoreFileException {
    String text = text();
    if (text.length() > maxLength) {
      throw error("must be at most " + maxLength + " characters, was " + text.length());
    }
    return text;
  }

  BigDecimal number() throws InvalidStoreFileException {
    // bigDecimalValue keeps the digits as written: 50.88 stays 50.88, never 50.879999...
    return ((JsonNumber) as(JsonValue.ValueType.NUMBER, "a number")).bigDecimalValue();
  }

  /** A money amount with at most two decimals, returned at scale 2; the sign is not checked. */
  BigDecimal signedMoney() throws InvalidStoreFileException {
    BigDecimal amount = number().stripTrailingZeros();
    if (amount.scale() > 2) {
      throw error("must have at most 2 decimals, was " + amount.toPlainString());
    }
    return amount.setScale(2);
  }

  /** A money amount of zero or more. */
  BigDecimal money() throws InvalidStoreFileException {
    BigDecimal amount = signedMoney();
    if (amount.signum() < 0) {
      throw error("must not be negative, was " + amount.toPlainString());
    }
    return amount;
  }

  /** A money amount greater than zero. */
  BigDecimal positiveMoney() throws InvalidStoreFileException {
    BigDecimal amount = money();
    if (amount.signum() == 0) {
      throw error("must be greater than zero");
    }
    return amount;
  }

  /** A whole number that fits an {@code int} and is at least {@code min}. */
  int integer(int min) throws InvalidStoreFileException {
    BigDecimal number = number();
    int result;
    try {
      result = number.intValueExact();
    } catch (ArithmeticException e) {
      throw error("expected a whole number, was " + number.toPlainString());
    }
    if (result < min) {
      throw error("must be at least " + min + ", was " + result);
    }
    return result;
  }

  boolean bool() throws InvalidStoreFileException {
    JsonValue.ValueType type = value.getValueType();
    if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
      throw error("expected true or false, found " + describe(value));
    }
    return type == JsonValue.ValueType.TRUE;
  }

  /** An array of non-blank strings. */
  List<String> texts() throws InvalidStoreFileException {
    List<String> texts = new ArrayList<>();
    for (PathedJson element : elements()) {
      texts.add(element.text());
    }
    return List.copyOf(texts);
  }

  /** An object whose values are all strings, in file order. */
  Map<String, String> stringMap() throws InvalidStoreFileException {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, PathedJson> e : entries().entrySet()) {
      map.put(e.getKey(), e.getValue().string());
    }
    return map;
  }

  private JsonValue as(JsonValue.ValueType type, String expected) throws InvalidStoreFileException {
    if (value.getValueType() != type) {
      throw error("expected " + expected + ", found " + describe(value));
    }
    return value;
  }

  private static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string " + abbreviate(value.toString());
      case NUMBER -> "the number " + value;
      case TRUE, FALSE -> value.toString();
      case NULL -> "null";
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
