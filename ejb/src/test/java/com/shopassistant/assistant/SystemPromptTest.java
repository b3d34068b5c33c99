package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.usage.TokenEstimate;
import org.junit.jupiter.api.Test;

class SystemPromptTest {

  /** The prompt alone; with every tool declaration it must stay within the seed's 2,500. */
  static final int PROMPT_BUDGET_TOKENS = 400;

  @Test
  void thePromptStaysWithinItsBudget() {
    int tokens = TokenEstimate.of(SystemPrompt.TEXT);

    assertThat(tokens).as("system prompt tokens").isLessThanOrEqualTo(PROMPT_BUDGET_TOKENS);
  }

  @Test
  void thePromptStatesTheRulesThatMatter() {
    assertThat(SystemPrompt.TEXT)
        .contains("explicit yes")
        .contains("confirmation_token")
        .contains("Never invent")
        .contains("Out of stock")
        .contains("Only this customer's data")
        .contains("Bahasa Indonesia");
  }
}
