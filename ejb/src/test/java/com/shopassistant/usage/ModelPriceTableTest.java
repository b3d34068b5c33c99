package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ModelPriceTableTest {

  private final ModelPriceTable table =
      new ModelPriceTable("gemini-2.5-flash:0.15/0.60/0.0375; gemini-2.5-pro:1.25/10.00/0.3125");

  @Test
  void flashCostMatchesTheSeedFormulaByHand() {
    // (1,000 - 400) × 0.15 + 400 × 0.0375 + 500 × 0.60 = 90 + 15 + 300 = 405 per million
    BigDecimal cost = table.cost("gemini-2.5-flash", TokenCounts.of(1_000, 500, 400));

    assertThat(cost).isEqualByComparingTo("0.000405");
    assertThat(cost.scale()).isEqualTo(8);
  }

  @Test
  void proCostMatchesByHand() {
    // 2,000 × 1.25 + 1,000 × 10 = 12,500 per million
    assertThat(table.cost("gemini-2.5-pro", TokenCounts.of(2_000, 1_000, 0)))
        .isEqualByComparingTo("0.0125");
  }

  @Test
  void costsRoundHalfUpAtTheEighthDecimal() {
    // 1 × 0.15 / 1,000,000 = 0.00000015 exactly; 1 × 0.0375 cached = 0.0000000375 → 0.00000004
    assertThat(table.cost("gemini-2.5-flash", TokenCounts.of(1, 0, 1)))
        .isEqualByComparingTo("0.00000004");
  }

  @Test
  void unknownModelsArePricedAsTheFirstAndOfflineIsFree() {
    TokenCounts counts = TokenCounts.of(1_000_000, 0, 0);

    assertThat(table.cost("gemini-9-ultra", counts)).isEqualByComparingTo("0.15");
    assertThat(table.cost("offline", counts)).isEqualByComparingTo("0");
  }

  @Test
  void malformedTablesAreRefusedAtStartup() {
    assertThatThrownBy(() -> new ModelPriceTable("gemini-2.5-flash:0.15/0.60"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model:input/output/cached");
    assertThatThrownBy(() -> new ModelPriceTable(" ; "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ModelPriceTable("m:-1/0/0"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
