package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The seed's cost alert: a day's cost above $75, not at it. */
class UsageAlertStateTest {

  private static UsageAlertState costing(String usd) {
    return new UsageAlertState(
        LocalDate.of(2026, 11, 28),
        new UsageTotals(1, 0, 0, 0, 0, new BigDecimal(usd)),
        new BigDecimal("75"),
        0);
  }

  @Test
  void seventyFiveDollarsExactlyIsNoAlertAndOneHundredMillionthMoreIs() {
    assertThat(costing("75").costAlert()).isFalse();
    assertThat(costing("75.00000001").costAlert()).isTrue();
  }
}
