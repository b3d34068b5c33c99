package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The timeout budget the model-faults run holds every chat turn to. */
class FaultBudgetTest {

  @Test
  void aLinkEndsAtTheRetryWindowPlusOneAttempt() {
    // 3 attempts of 30 s back to back would take 91.5 s, but none starts after 45 s.
    FaultBudget budget = new FaultBudget(30_000, 2, 750, 45_000, 2, 6);

    assertThat(budget.linkMillis()).isEqualTo(75_000);
    assertThat(budget.turnMillis()).isEqualTo(6 * 2 * 75_000 + FaultBudget.TURN_OVERHEAD_MILLIS);
  }

  @Test
  void shortAttemptsEndBeforeTheRetryWindow() {
    FaultBudget budget = new FaultBudget(5_000, 2, 750, 45_000, 1, 1);

    assertThat(budget.linkMillis()).isEqualTo(3 * 5_000 + 2 * 750);
  }

  @Test
  void theApplicationsSettingsAreReadFromGeminiCalls() {
    FaultBudget budget = FaultBudget.ofApplication();

    // GeminiCalls: @Timeout 35 s, gemini.timeout 30 s, @Retry 2 retries 500 ± 250 ms within 45 s.
    assertThat(budget.attemptMillis()).isEqualTo(30_000);
    assertThat(budget.maxRetries()).isEqualTo(2);
    assertThat(budget.delayMillis()).isEqualTo(750);
    assertThat(budget.maxDurationMillis()).isEqualTo(45_000);
    assertThat(budget.callsPerTurn()).isEqualTo(6);
  }
}
