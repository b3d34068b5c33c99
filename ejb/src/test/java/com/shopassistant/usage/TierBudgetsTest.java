package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.customer.CustomerTier;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The shipped configuration carries the seed's budgets for every tier. */
class TierBudgetsTest {

  private static TierBudgets shipped() throws Exception {
    Properties properties = new Properties();
    try (InputStream in =
        TierBudgetsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      properties.load(in);
    }
    return TierBudgets.from(key -> Optional.ofNullable(properties.getProperty(key)));
  }

  @Test
  void theSeedsBudgetsAreTheDefaults() throws Exception {
    TierBudgets budgets = shipped();

    assertThat(budgets.of(CustomerTier.GUEST))
        .isEqualTo(new TierBudget(TokenLimit.of(10_000), TokenLimit.UNLIMITED));
    assertThat(budgets.of(CustomerTier.FREE))
        .isEqualTo(new TierBudget(TokenLimit.of(50_000), TokenLimit.of(500_000)));
    assertThat(budgets.of(CustomerTier.PREMIUM))
        .isEqualTo(new TierBudget(TokenLimit.of(200_000), TokenLimit.of(3_000_000)));
    assertThat(budgets.of(CustomerTier.ENTERPRISE).unlimited()).isTrue();
    assertThat(budgets.warningShare()).isEqualTo(0.8);
  }

  @Test
  void aNegativeValueIsUnlimitedAndAnyTierCanBeChanged() {
    Map<String, String> values =
        Map.of(
            "shop.usage.budget.premium.daily", "-1", "shop.usage.budget.enterprise.monthly", "9");

    TierBudgets budgets = TierBudgets.from(key -> Optional.ofNullable(values.get(key)));

    assertThat(budgets.of(CustomerTier.PREMIUM).daily().unlimited()).isTrue();
    assertThat(budgets.of(CustomerTier.ENTERPRISE).monthly()).isEqualTo(TokenLimit.of(9));
  }

  @Test
  void aWarningShareOutsideZeroToOneIsAConfigurationError() {
    assertThatThrownBy(
            () ->
                TierBudgets.from(
                    key ->
                        key.equals("shop.usage.budget.warning-share")
                            ? Optional.of("80")
                            : Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warning-share");
  }
}
