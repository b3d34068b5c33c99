package com.shopassistant.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderNumberGeneratorTest {

  @Test
  void numbersAreHashWAndSevenDigits() {
    Random random = new Random(7);
    for (int i = 0; i < 1000; i++) {
      assertThat(OrderNumberGenerator.draw(random)).matches("#S\\d{8}");
    }
  }

  @Test
  void aTakenNumberIsDrawnAgain() {
    Random random = new Random(42);
    String first = OrderNumberGenerator.draw(new Random(42));
    Set<String> asked = new HashSet<>();

    String number =
        OrderNumberGenerator.unused(random, candidate -> asked.add(candidate) && asked.size() == 1);

    assertThat(asked).hasSize(2).contains(first);
    assertThat(number).isNotEqualTo(first).matches("#S\\d{8}");
  }

  @Test
  void itGivesUpWhenEveryDrawIsTaken() {
    assertThatThrownBy(() -> OrderNumberGenerator.unused(new Random(1), candidate -> true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("10 draws");
  }
}
