package com.shopassistant.assistant.tool;

import com.shopassistant.customer.PostalAddress;
import java.util.List;
import java.util.Optional;

/**
 * Reading the arguments every tool family shares, with the limits the REST API's request bodies
 * have (so the model gets the same answer a client would): quantities 1 to 99, ids above zero,
 * texts no longer than their columns, a postal address's required parts.
 */
final class Args {

  /** The most units a cart line holds (the cart's own rule refuses more; this names the field). */
  static final int MAX_QUANTITY = 99;

  static final int MAX_CODE = 64;
  static final int MAX_TOKEN = 100;

  private Args() {}

  /** A required text of at most {@code max} characters. */
  static String text(ToolArguments arguments, String name, int max) throws ToolArgumentException {
    return limited(name, arguments.text(name), max);
  }

  /** An optional text of at most {@code max} characters; null when absent or blank. */
  static String optionalText(ToolArguments arguments, String name, int max)
      throws ToolArgumentException {
    Optional<String> text = arguments.optionalText(name);
    return text.isEmpty() ? null : limited(name, text.get(), max);
  }

  /** A quantity from 1 to {@value #MAX_QUANTITY}; {@code fallback} when absent. */
  static int quantity(ToolArguments arguments, String name, Integer fallback)
      throws ToolArgumentException {
    Optional<Long> value = arguments.optionalWhole(name);
    if (value.isEmpty() && fallback != null) {
      return fallback;
    }
    long quantity = value.isPresent() ? value.get() : arguments.whole(name); // absent: "required"
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new ToolArgumentException(name + " must be from 1 to " + MAX_QUANTITY);
    }
    return (int) quantity;
  }

  /** A required id (a whole number above zero). */
  static long id(ToolArguments arguments, String name) throws ToolArgumentException {
    return positive(name, arguments.whole(name));
  }

  /** An optional id; null when absent. */
  static Long optionalId(ToolArguments arguments, String name) throws ToolArgumentException {
    Optional<Long> value = arguments.optionalWhole(name);
    return value.isEmpty() ? null : positive(name, value.get());
  }

  /** A list of codes (item codes), each at most {@value #MAX_CODE} characters, at most 50. */
  static List<String> codes(ToolArguments arguments, String name) throws ToolArgumentException {
    List<String> codes = arguments.texts(name);
    if (codes.size() > 50) {
      throw new ToolArgumentException(name + " must have at most 50 entries");
    }
    for (String code : codes) {
      limited(name, code, MAX_CODE);
    }
    return codes;
  }

  /** The postal address of {@code address1}, {@code address2}, {@code city}... */
  static PostalAddress postalAddress(ToolArguments arguments) throws ToolArgumentException {
    return new PostalAddress(
        text(arguments, "address1", 200),
        optionalText(arguments, "address2", 200),
        text(arguments, "city", 100),
        optionalText(arguments, "state", 100),
        optionalText(arguments, "zip", 20),
        text(arguments, "country", 56));
  }

  /** The parameters {@link #postalAddress} reads, to declare. */
  static List<ToolParameter> addressParameters() {
    return List.of(
        ToolParameter.required("address1", ToolParameter.Type.STRING, ""),
        ToolParameter.optional("address2", ToolParameter.Type.STRING, ""),
        ToolParameter.required("city", ToolParameter.Type.STRING, ""),
        ToolParameter.optional("state", ToolParameter.Type.STRING, ""),
        ToolParameter.optional("zip", ToolParameter.Type.STRING, ""),
        ToolParameter.required("country", ToolParameter.Type.STRING, ""));
  }

  private static String limited(String name, String text, int max) throws ToolArgumentException {
    if (text.length() > max) {
      throw new ToolArgumentException(name + " must be at most " + max + " characters");
    }
    return text;
  }

  private static long positive(String name, long value) throws ToolArgumentException {
    if (value < 1) {
      throw new ToolArgumentException(name + " must be a whole number above 0");
    }
    return value;
  }
}
