package com.shopassistant.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code page} and {@code size} query parameters of a paged list, checked here rather than by
 * JAX-RS: a non-numeric {@code @QueryParam int} would be answered 404, which tells a client nothing
 * about its mistake. Pages count from 1.
 *
 * @param page the page asked for, from 1
 * @param size how many entries a page holds
 */
public record PageRequest(int page, int size) {

  /**
   * Reads the two parameters as sent (null when absent).
   *
   * @throws InvalidPageRequestException naming each bad parameter
   */
  public static PageRequest parse(String page, String size, int defaultSize, int maxSize) {
    List<Map<String, String>> errors = new ArrayList<>();
    int pageNumber = number(page, 1, 1, Integer.MAX_VALUE, "page", errors);
    int pageSize = number(size, defaultSize, 1, maxSize, "size", errors);
    if (!errors.isEmpty()) {
      throw new InvalidPageRequestException(errors);
    }
    return new PageRequest(pageNumber, pageSize);
  }

  private static int number(
      String text, int absent, int min, int max, String field, List<Map<String, String>> errors) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, like a number out of range
    }
    String range = max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max;
    errors.add(Map.of("field", field, "message", "must be a whole number " + range));
    return absent;
  }
}
