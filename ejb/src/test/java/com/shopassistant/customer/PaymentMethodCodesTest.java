package com.shopassistant.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PaymentMethodCodesTest {

  /** Hands out the given numbers in turn, so a test knows every code that will be drawn. */
  private static RandomGenerator numbers(int... values) {
    return new RandomGenerator() {
      private int next;

      @Override
      public long nextLong() {
        throw new UnsupportedOperationException("the codes draw ints");
      }

      @Override
      public int nextInt(int bound) {
        assertThat(bound).isEqualTo(10_000_000);
        return values[next++];
      }
    };
  }

  @Test
  void codesHaveTau2sShapeWithSevenDigits() {
    RandomGenerator random = new SplittableRandom(42);

    for (int i = 0; i < 200; i++) {
      assertThat(PaymentMethodCodes.draw(PaymentMethodKind.CREDIT_CARD, random))
          .matches("credit_card_\\d{7}");
      assertThat(PaymentMethodCodes.draw(PaymentMethodKind.PAYPAL, random))
          .matches("paypal_\\d{7}");
    }
  }

  @Test
  void smallNumbersKeepTheirLeadingZeros() {
    assertThat(PaymentMethodCodes.draw(PaymentMethodKind.PAYPAL, numbers(61735)))
        .isEqualTo("paypal_0061735");
    assertThat(PaymentMethodCodes.draw(PaymentMethodKind.CREDIT_CARD, numbers(9_999_999)))
        .isEqualTo("credit_card_9999999");
  }

  @Test
  void aTakenCodeIsDrawnAgain() {
    List<String> asked = new ArrayList<>();

    String code =
        PaymentMethodCodes.unused(
            PaymentMethodKind.CREDIT_CARD,
            numbers(9513926, 9513926, 1234567),
            candidate -> {
              asked.add(candidate);
              return candidate.equals("credit_card_9513926");
            });

    assertThat(code).isEqualTo("credit_card_1234567");
    assertThat(asked)
        .containsExactly("credit_card_9513926", "credit_card_9513926", "credit_card_1234567");
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    List<String> asked = new ArrayList<>();

    assertThatThrownBy(
            () ->
                PaymentMethodCodes.unused(
                    PaymentMethodKind.PAYPAL,
                    new SplittableRandom(7),
                    candidate -> asked.add(candidate)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("paypal");
    assertThat(asked).hasSize(PaymentMethodCodes.ATTEMPTS);
  }
}
