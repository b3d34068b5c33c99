package com.shopassistant.checkout;

import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Numbers for orders placed here: {@code #S} and eight digits ({@code #S04611340}). Imported
 * τ²-bench orders are {@code #W} and seven digits, so a file imported later can never name an order
 * a checkout already took. A drawn number that is taken is drawn again; the unique column stays the
 * last word should two checkouts draw the same free number in the same instant.
 */
final class OrderNumberGenerator {

  /** Draws before giving up; with a hundred million numbers, a second draw is already rare. */
  static final int ATTEMPTS = 10;

  private static final int DIGITS_BOUND = 100_000_000;

  private OrderNumberGenerator() {}

  static String draw(RandomGenerator random) {
    return String.format("#S%08d", random.nextInt(DIGITS_BOUND));
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
