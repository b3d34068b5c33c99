package com.shopassistant.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which problem type and status each cart refusal gets (as listed in docs/problems.md). */
class CartExceptionMapperTest {

  @Test
  void everyKindHasItsDocumentedTypeAndStatus() {
    Map<CartException.Kind, String> answers =
        Arrays.stream(CartException.Kind.values())
            .collect(
                Collectors.toMap(
                    Function.identity(),
                    kind -> {
                      com.shopassistant.api.ProblemAnswer answer =
                          CartExceptionMapper.answerFor(kind);
                      return answer.status().getStatusCode() + " " + answer.slug();
                    }));

    assertThat(answers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                CartException.Kind.VARIANT_NOT_FOUND, "404 variant-not-found",
                CartException.Kind.VARIANT_UNAVAILABLE, "409 variant-unavailable",
                CartException.Kind.OUT_OF_STOCK, "409 out-of-stock",
                CartException.Kind.INSUFFICIENT_STOCK, "409 insufficient-stock",
                CartException.Kind.QUANTITY_LIMIT, "409 quantity-limit",
                CartException.Kind.LINE_NOT_FOUND, "404 cart-line-not-found",
                CartException.Kind.CART_CHANGED, "409 cart-changed",
                CartException.Kind.ACCOUNT_NOT_FOUND, "401 unauthorized"));
  }

  @Test
  void everyKindHasATitle() {
    for (CartException.Kind kind : CartException.Kind.values()) {
      assertThat(CartExceptionMapper.answerFor(kind).title()).as(kind.name()).isNotBlank();
    }
  }
}
