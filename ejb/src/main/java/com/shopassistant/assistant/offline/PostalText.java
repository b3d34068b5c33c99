package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an address the customer wrote as "street, [line 2,] city, state, zip, country" ("OR 97204"
 * may share one part) into the fields the address tools take. Anything else is not guessed at: the
 * customer is asked to write it so.
 */
final class PostalText {

  // "OR 97204": a two- or three-letter state and a zip ("Suite 1200" is not one).
  private static final Pattern STATE_AND_ZIP =
      Pattern.compile("^(\\p{L}{2,3})\\s+(\\d[\\d-]{3,})$");

  private PostalText() {}

  /** The fields (address1, address2, city, state, zip, country), or null when not readable. */
  static Map<String, String> parse(String text) {
    if (text == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String part : text.split(",")) {
      String value = part.strip().replaceAll("[.!]+$", "");
      Matcher m = STATE_AND_ZIP.matcher(value);
      if (m.matches()) {
        parts.add(m.group(1).strip());
        parts.add(m.group(2));
      } else if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    if (parts.size() != 5 && parts.size() != 6) {
      return null;
    }
    boolean second = parts.size() == 6;
    String zip = parts.get(parts.size() - 2);
    if (!Words.containsDigit(zip) || !Words.containsDigit(parts.get(0))) {
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("address1", parts.get(0));
    if (second) {
      fields.put("address2", parts.get(1));
    }
    int city = second ? 2 : 1;
    fields.put("city", parts.get(city));
    fields.put("state", parts.get(city + 1));
    fields.put("zip", zip);
    fields.put("country", parts.get(parts.size() - 1));
    return fields;
  }
}
