package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.order.ItemSwap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangePairingTest {

  private final Map<String, String> productOfVariant =
      Map.of("a1", "A", "a2", "A", "b1", "B", "b2", "B", "c1", "C");

  @Test
  void pairsSeparatelySortedListsByProduct() {
    // tau2 sorts both lists on their own: a1 is replaced by a2, b2 by b1.
    List<ItemSwap> swaps =
        ExchangePairing.pair(
            List.of("a1", "b2"),
            Map.of("a1", "A", "b2", "B"),
            List.of("b1", "a2"),
            code -> Optional.ofNullable(productOfVariant.get(code)));

    assertThat(swaps).containsExactly(new ItemSwap("a1", "a2"), new ItemSwap("b2", "b1"));
  }

  @Test
  void usesEachReplacementOnce() {
    List<ItemSwap> swaps =
        ExchangePairing.pair(
            List.of("a1", "a1"),
            Map.of("a1", "A"),
            List.of("a2", "a2"),
            code -> Optional.ofNullable(productOfVariant.get(code)));

    assertThat(swaps).containsExactly(new ItemSwap("a1", "a2"), new ItemSwap("a1", "a2"));
  }

  @Test
  void refusesAReplacementOfAnotherProduct() {
    assertThatThrownBy(
            () ->
                ExchangePairing.pair(
                    List.of("a1"),
                    Map.of("a1", "A"),
                    List.of("c1"),
                    code -> Optional.ofNullable(productOfVariant.get(code))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no new item of the same product (A) replaces item \"a1\"");
  }
}
