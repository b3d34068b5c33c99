package com.shopassistant.checkout;

import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Numbers for new orders in tau2's shape: {@code #W} and seven digits ({@code #W2611340}). Imported
 * tau2 orders share the space, so a drawn number that is taken is drawn again; the unique column
 * stays the last word should two checkouts draw the same free number in the same instant.
 */
final class OrderNumberGenerator {

  /** Draws before giving up; with ten million numbers, a second draw is already rare. */
  static final int ATTEMPTS = 10;

  private static final int DIGITS_BOUND = 10_000_000;

  private OrderNumberGenerator() {}

  static String draw(RandomGenerator random) {
    return String.format("#W%07d", random.nextInt(DIGITS_BOUND));
  }

  /**
   * A number {@code taken} does not reject, drawing up to {@value #ATTEMPTS} times.
   *
   * @throws IllegalStateException when every draw was taken (the space is nearly full or the random
   *     source is broken; either way not the customer's fault)
   */
  static String unused(RandomGenerator random, Predicate<String> taken) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String number = draw(random);
      if (!taken.test(number)) {
        return number;
      }
    }
    throw new IllegalStateException("no free order number after " + ATTEMPTS + " draws");
  }
}
