package com.shopassistant.customer;

import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Codes for payment methods customers add, in tau2's shape: the kind's source name, an underscore
 * and seven digits ({@code credit_card_4829105}, {@code paypal_0061735}). Codes are unique across
 * the store and imported tau2 codes share the space, so a drawn code that is taken is drawn again.
 */
final class PaymentMethodCodes {

  /** Draws before giving up; with 10 million codes per kind, a second draw is already rare. */
  static final int ATTEMPTS = 5;

  private static final int DIGITS_BOUND = 10_000_000;

  private PaymentMethodCodes() {}

  /** tau2's {@code source} of a kind: {@code credit_card}, {@code paypal}, {@code gift_card}. */
  static String source(PaymentMethodKind kind) {
    return switch (kind) {
      case CREDIT_CARD -> "credit_card";
      case PAYPAL -> "paypal";
      case GIFT_CARD -> "gift_card";
    };
  }

  /** One random code of the kind. */
  static String draw(PaymentMethodKind kind, RandomGenerator random) {
    return String.format("%s_%07d", source(kind), random.nextInt(DIGITS_BOUND));
  }

  /**
   * A code of the kind that {@code taken} does not reject, drawing up to {@value #ATTEMPTS} times.
   *
   * @throws IllegalStateException when every draw was taken (then the store is nearly full or the
   *     random source is broken; either way not the caller's fault)
   */
  static String unused(PaymentMethodKind kind, RandomGenerator random, Predicate<String> taken) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String code = draw(kind, random);
      if (!taken.test(code)) {
        return code;
      }
    }
    throw new IllegalStateException(
        "no free " + source(kind) + " code after " + ATTEMPTS + " draws");
  }
}
