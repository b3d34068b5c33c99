package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.CustomerTier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenUsageTest {

  private final Customer customer = Customer.guest("guest-1");

  @Test
  void cachedTokensArePartOfTheInput() {
    assertThatThrownBy(() -> TokenCounts.of(10, 5, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("part of the input");
  }

  @Test
  void totalCoversInputAndOutput() {
    assertThat(TokenCounts.of(10, 5, 0).total()).isEqualTo(15);
    assertThat(new TokenCounts(10, 5, 0, 40).total()).isEqualTo(40);
    assertThatThrownBy(() -> new TokenCounts(10, 5, 0, 14))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsAreNotNegative() {
    assertThatThrownBy(() -> TokenCounts.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TokenCounts.of(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rowCopiesTheTierAtTheTimeOfTheCall() {
    TokenUsage usage =
        new TokenUsage(
            customer,
            null,
            "gemini-2.5-flash",
            TokenCounts.of(1, 1, 0),
            BigDecimal.ZERO,
            List.of());

    customer.changeTier(CustomerTier.PREMIUM);

    assertThat(usage.getTier()).isEqualTo(CustomerTier.GUEST);
    assertThat(usage.getToolCalls()).isEmpty();
    assertThat(usage.getCostUsd()).isEqualTo(new BigDecimal("0E-8"));
  }

  @Test
  void toolCallsKeepTheirOrder() {
    TokenUsage usage =
        new TokenUsage(
            customer,
            "c",
            "m",
            TokenCounts.of(1, 1, 0),
            new BigDecimal("0.00000001"),
            List.of("find_user_id", "get_order_details", "find_user_id"));

    assertThat(usage.getToolCalls())
        .containsExactly("find_user_id", "get_order_details", "find_user_id");
  }

  @Test
  void toolNamesCannotContainTheSeparator() {
    assertThatThrownBy(
            () ->
                new TokenUsage(
                    customer, null, "m", TokenCounts.of(1, 1, 0), BigDecimal.ZERO, List.of("a,b")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void costKeepsEightDecimalsAndIsNotNegative() {
    assertThatThrownBy(
            () ->
                new TokenUsage(
                    customer,
                    null,
                    "m",
                    TokenCounts.of(1, 1, 0),
                    new BigDecimal("0.000000001"),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8 decimals");
    assertThatThrownBy(
            () ->
                new TokenUsage(
                    customer,
                    null,
                    "m",
                    TokenCounts.of(1, 1, 0),
                    new BigDecimal("-0.01"),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
