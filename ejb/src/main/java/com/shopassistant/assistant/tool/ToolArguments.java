package com.shopassistant.assistant.tool;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one function call as the model sent them (JSON values: numbers may arrive as
 * doubles or strings), read with the types a tool expects. A missing required argument or a value
 * of the wrong type is a {@link ToolArgumentException} naming the argument.
 */
public final class ToolArguments {

  private final Map<String, Object> values;

  public ToolArguments(Map<String, Object> values) {
    this.values = values == null ? Map.of() : Map.copyOf(withoutNulls(values));
  }

  public Map<String, Object> asMap() {
    return values;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public String text(String name) throws ToolArgumentException {
    return optionalText(name).orElseThrow(() -> missing(name));
  }

  public Optional<String> optionalText(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value instanceof Number n ? plain(n) : value.toString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  public long whole(String name) throws ToolArgumentException {
    return optionalWhole(name).orElseThrow(() -> missing(name));
  }

  public Optional<Long> optionalWhole(String name) throws ToolArgumentException {
    Optional<BigDecimal> number = optionalDecimal(name);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(number.get().stripTrailingZeros().longValueExact());
    } catch (ArithmeticException e) {
      throw new ToolArgumentException(name + " must be a whole number");
    }
  }

  public Optional<BigDecimal> optionalDecimal(String name) throws ToolArgumentException {
    Object value = values.get(name);
    if (value == null || value.toString().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          value instanceof Number n
              ? new BigDecimal(plain(n))
              : new BigDecimal(value.toString().strip()));
    } catch (NumberFormatException e) {
      throw new ToolArgumentException(name + " must be a number");
    }
  }

  public Optional<Boolean> optionalFlag(String name) throws ToolArgumentException {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    return switch (value.toString().strip().toLowerCase()) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> throw new ToolArgumentException(name + " must be true or false");
    };
  }

  /** A list of strings (item codes...); a single string counts as a list of one. */
  public List<String> texts(String name) throws ToolArgumentException {
    Object value = values.get(name);
    if (value == null) {
      throw missing(name);
    }
    List<String> texts = new ArrayList<>();
    for (Object element : value instanceof List<?> list ? list : List.of(value)) {
      if (element == null || element.toString().isBlank()) {
        throw new ToolArgumentException(name + " must not hold empty values");
      }
      texts.add(element instanceof Number n ? plain(n) : element.toString().strip());
    }
    if (texts.isEmpty()) {
      throw new ToolArgumentException(name + " must not be empty");
    }
    return texts;
  }

  /** A list of objects (e.g. item swaps), each read as arguments of its own. */
  public List<ToolArguments> objects(String name) throws ToolArgumentException {
    Object value = values.get(name);
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw value == null ? missing(name) : new ToolArgumentException(name + " must be a list");
    }
    List<ToolArguments> objects = new ArrayList<>();
    for (Object element : list) {
      if (!(element instanceof Map<?, ?> map)) {
        throw new ToolArgumentException(name + " must be a list of objects");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) map;
      objects.add(new ToolArguments(fields));
    }
    return objects;
  }

  private static ToolArgumentException missing(String name) {
    return new ToolArgumentException(name + " is required");
  }

  /** 3.0 from JSON is the integer 3; never "3.0" or "3E+0". */
  private static String plain(Number number) {
    return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> values) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (key != null && value != null) {
            copy.put(key, value);
          }
        });
    return copy;
  }
}
