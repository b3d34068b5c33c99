package com.shopassistant.ops;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Argument checks shared by the entities, so every broken rule fails the same way: an {@link
 * IllegalArgumentException} whose message names the field, readable in a log line or a test.
 */
public final class Require {

  private Require() {}

  /** The value itself, if it is not null. */
  public static <T> T present(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value;
  }

  /** The value stripped of surrounding blanks, if something is left and it fits. */
  public static String text(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return fits(value.strip(), what, maxLength);
  }

  /** Like {@link #text} but null and blank become null. */
  public static String optionalText(String value, String what, int maxLength) {
    return value == null || value.isBlank() ? null : fits(value.strip(), what, maxLength);
  }

  private static String fits(String value, String what, int maxLength) {
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          what + " must be at most " + maxLength + " characters, was " + value.length());
    }
    return value;
  }

  /**
   * The amount at the scale its column keeps ({@code numeric(p,scale)}), refusing amounts with more
   * decimals: the database would round them silently and the books would not add up.
   */
  public static BigDecimal scaled(BigDecimal amount, int scale, String what) {
    try {
      return present(amount, what).setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          what + " must have at most " + scale + " decimals, was " + amount, e);
    }
  }

  /** A money amount ({@code numeric(14,2)}) at scale 2; see {@link #scaled}. */
  public static BigDecimal money(BigDecimal amount, String what) {
    return scaled(amount, 2, what);
  }

  /** The amount, if it is greater than zero. */
  public static BigDecimal positive(BigDecimal amount, String what) {
    if (present(amount, what).signum() <= 0) {
      throw new IllegalArgumentException(what + " must be greater than zero, was " + amount);
    }
    return amount;
  }

  /** The amount, if it is zero or more. */
  public static BigDecimal notNegative(BigDecimal amount, String what) {
    if (present(amount, what).signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative, was " + amount);
    }
    return amount;
  }

  /** The count, if it is at least {@code min}. */
  public static int atLeast(int value, int min, String what) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be at least " + min + ", was " + value);
    }
    return value;
  }
}
