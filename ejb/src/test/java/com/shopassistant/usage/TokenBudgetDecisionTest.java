package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.customer.CustomerTier;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How much a call reserves, and when it is refused (TokenBudgetService.tokensToReserve). */
class TokenBudgetDecisionTest {

  private static final OffsetDateTime DAY_END =
      OffsetDateTime.of(2026, 11, 28, 17, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime MONTH_END =
      OffsetDateTime.of(2026, 11, 30, 17, 0, 0, 0, ZoneOffset.UTC);

  private static BudgetStatus free(long today, long month, long reserved) {
    return new BudgetStatus(
        CustomerTier.FREE,
        TokenLimit.of(50_000),
        today,
        DAY_END,
        TokenLimit.of(500_000),
        month,
        MONTH_END,
        reserved,
        false);
  }

  @Test
  void aCallThatFitsReservesItsPromptAndTheLongestAnswer() throws Exception {
    assertThat(TokenBudgetService.tokensToReserve(free(0, 0, 0), 1_500, 256, 2_048))
        .isEqualTo(3_548);
  }

  @Test
  void aCallThatFitsOnlyPartlyReservesWhatIsLeft() throws Exception {
    // 50,000 - 47,000 - 1,000 in flight = 2,000 left: room for 1,500 + 256, not for 1,500 + 2,048
    assertThat(TokenBudgetService.tokensToReserve(free(47_000, 47_000, 1_000), 1_500, 256, 2_048))
        .isEqualTo(2_000);
  }

  @Test
  void aCallWithoutRoomForItsPromptAndTheShortestAnswerIsRefusedWithTheDailyReason() {
    assertThatThrownBy(
            () -> TokenBudgetService.tokensToReserve(free(48_000, 48_000, 300), 1_500, 256, 2_048))
        .isInstanceOfSatisfying(
            TokenBudgetExceededException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("daily_limit_exceeded");
              assertThat(e.limit()).isEqualTo(50_000);
              assertThat(e.remaining()).isEqualTo(1_700);
              assertThat(e.resetsAt()).isEqualTo(DAY_END);
              assertThat(e.tier()).isEqualTo(CustomerTier.FREE);
            });
  }

  @Test
  void theMonthlyBudgetRefusesWhenTheDayStillHasRoom() {
    assertThatThrownBy(
            () -> TokenBudgetService.tokensToReserve(free(1_000, 499_500, 0), 1_500, 256, 2_048))
        .isInstanceOfSatisfying(
            TokenBudgetExceededException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("monthly_limit_exceeded");
              assertThat(e.remaining()).isEqualTo(500);
              assertThat(e.resetsAt()).isEqualTo(MONTH_END);
            });
  }

  @Test
  void aGuestHasNoMonthlyLimit() throws Exception {
    BudgetStatus guest =
        new BudgetStatus(
            CustomerTier.GUEST,
            TokenLimit.of(10_000),
            0,
            DAY_END,
            TokenLimit.UNLIMITED,
            9_000_000,
            MONTH_END,
            0,
            false);

    assertThat(TokenBudgetService.tokensToReserve(guest, 1_000, 256, 2_048)).isEqualTo(3_048);
  }

  @Test
  void theWarningShareIsReachedAtEightyPercent() {
    TokenLimit daily = TokenLimit.of(50_000);

    assertThat(daily.reached(39_999, 0.8)).isFalse();
    assertThat(daily.reached(40_000, 0.8)).isTrue();
    assertThat(TokenLimit.UNLIMITED.reached(Long.MAX_VALUE - 1, 0.8)).isFalse();
  }
}
