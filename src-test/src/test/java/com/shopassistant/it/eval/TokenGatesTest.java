package com.shopassistant.it.eval;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gates' arithmetic and their failure message, without a server. */
class TokenGatesTest {

  private static SessionResult fullPurchase(long input, long output) {
    return new SessionResult(
        "full-purchase",
        "full_purchase",
        "id",
        8,
        15,
        7,
        input,
        output,
        0,
        BigDecimal.ZERO,
        List.of(100.0),
        List.of(),
        new Metered(15, input + output + 500),
        List.of());
  }

  @Test
  void theDefaultsAreFortyPercentOfTheSeedsTable() {
    TokenGates gates = new TokenGates(TokenGates.DEFAULTS, TokenGates.PROMPT_DEFAULT);

    assertThatCode(() -> gates.assertWithin(List.of(fullPurchase(19_800, 600)), 2_500))
        .doesNotThrowAnyException();
  }

  @Test
  void aLoweredGateFailsTheBuildWithTheNumbers() {
    TokenGates lowered =
        new TokenGates(TokenGates.DEFAULTS, TokenGates.PROMPT_DEFAULT)
            .with("full_purchase", 20_000);

    assertThatThrownBy(() -> lowered.assertWithin(List.of(fullPurchase(19_800, 600)), 2_000))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "full-purchase (id): 20,400 tokens (input 19,800 + output 600) > gate 20,000"
                + " for full_purchase (+400)");
  }

  @Test
  void aPromptOverItsGateFailsWithTheNumbers() {
    TokenGates gates = new TokenGates(TokenGates.DEFAULTS, TokenGates.PROMPT_DEFAULT);

    assertThatThrownBy(() -> gates.assertWithin(List.of(), 2_501))
        .hasMessageContaining(
            "system prompt + all tool declarations: 2,501 tokens > gate 2,500 (+1)");
  }

  @Test
  void meteredGatesCountTheBackgroundSummariesToo() {
    TokenGates metered = new TokenGates(TokenGates.DEFAULTS, TokenGates.PROMPT_DEFAULT, true);

    assertThatThrownBy(() -> metered.assertWithin(List.of(fullPurchase(19_800, 500)), 2_000))
        .hasMessageContaining(
            "full-purchase (id): 20,800 tokens (metered in 15 calls) > gate 20,400");
  }
}
