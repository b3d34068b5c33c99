package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.SystemPrompt;
import com.shopassistant.assistant.ToolSelector;
import com.shopassistant.usage.TokenEstimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's budget for what every call carries: the system prompt and the tool declarations
 * together at most 2,500 tokens, counted by the project's rule (the one the Gemini fake reports).
 */
class PromptBudgetTest {

  static final int BUDGET = 2_500;

  private final List<ToolDeclaration> all = new Tools().registry().declarations();

  @Test
  void thePromptWithEveryDeclarationStaysWithinTheSeedsBudget() {
    int tokens = TokenEstimate.of(SystemPrompt.TEXT) + ToolDeclarationsJson.tokens(all);

    System.out.println("system prompt + all tool declarations: " + tokens + " tokens");
    assertThat(tokens).isLessThanOrEqualTo(BUDGET);
  }

  @Test
  void everyToolBelongsToASelectionGroup() {
    // A tool no group knows is declared on every call: only search and details should be.
    List<String> alwaysDeclared =
        ToolSelector.select(all, "hello", List.of(), null, false).stream()
            .map(ToolDeclaration::name)
            .toList();

    assertThat(alwaysDeclared).containsExactly("get_product_details", "search_products");
  }
}
