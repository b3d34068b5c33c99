package com.shopassistant.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequireTest {

  @Test
  void moneyIsScaledToCentsWithoutRounding() {
    assertThat(Require.money(new BigDecimal("5"), "x")).isEqualTo(new BigDecimal("5.00"));
    assertThat(Require.money(new BigDecimal("5.100"), "x")).isEqualTo(new BigDecimal("5.10"));
    assertThatThrownBy(() -> Require.money(new BigDecimal("5.001"), "price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must have at most 2 decimals, was 5.001");
  }

  @Test
  void textIsStrippedAndLimited() {
    assertThat(Require.text("  a  ", "x", 1)).isEqualTo("a");
    assertThat(Require.optionalText("  ", "x", 1)).isNull();
    assertThatThrownBy(() -> Require.text("ab", "code", 1))
        .hasMessage("code must be at most 1 characters, was 2");
  }

  @Test
  void databaseTimeIsUtcMicroseconds() {
    OffsetDateTime local =
        OffsetDateTime.of(2026, 1, 1, 2, 0, 0, 123_456_789, ZoneOffset.ofHours(2));

    OffsetDateTime stored = DatabaseTime.normalize(local);

    assertThat(stored.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(stored.getNano()).isEqualTo(123_456_000);
    assertThat(stored.toInstant()).isEqualTo(local.toInstant().minusNanos(789));
    assertThat(DatabaseTime.now().getNano() % 1000).isZero();
  }
}
