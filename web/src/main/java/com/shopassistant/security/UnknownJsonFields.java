package com.shopassistant.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises JSON-B's refusal of a property the target type does not have (with {@code
 * jsonb.fail-on-unknown-properties}). Yasson says so only in its message ("Json property x can not
 * be mapped to a class ..."), possibly wrapped; the property name is kept, the class name (ours,
 * not the client's business) is not.
 */
public final class UnknownJsonFields {

  private static final Pattern YASSON_UNKNOWN =
      Pattern.compile("Json property (\\S+) can not be mapped to a class");
  private static final int MAX_NAME_LENGTH = 100;

  private UnknownJsonFields() {}

  /** The unknown field's name, when this failure (or one of its causes) is that refusal. */
  public static Optional<String> fieldOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null) {
        Matcher matcher = YASSON_UNKNOWN.matcher(t.getMessage());
        if (matcher.find()) {
          return Optional.of(printable(matcher.group(1)));
        }
      }
    }
    return Optional.empty();
  }

  private static String printable(String name) {
    String clean = name.replaceAll("[^\\p{Alnum}_$.\\-]", "?");
    return clean.length() <= MAX_NAME_LENGTH ? clean : clean.substring(0, MAX_NAME_LENGTH) + "...";
  }
}
