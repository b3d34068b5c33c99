package com.shopassistant.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderTotalsTest {

  @Test
  void totalIsSubtotalMinusDiscount() {
    OrderTotals totals =
        OrderTotals.zero().withSubtotal(new BigDecimal("100")).withDiscount(new BigDecimal("15.5"));

    assertThat(totals.getTotal()).isEqualTo(new BigDecimal("84.50"));
  }

  @Test
  void aShrinkingSubtotalShrinksTheDiscountWithIt() {
    OrderTotals totals =
        OrderTotals.zero().withSubtotal(new BigDecimal("100")).withDiscount(new BigDecimal("40"));

    OrderTotals smaller = totals.withSubtotal(new BigDecimal("30"));

    assertThat(smaller.getDiscount()).isEqualTo(new BigDecimal("30.00"));
    assertThat(smaller.getTotal()).isEqualByComparingTo("0");
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThatThrownBy(() -> OrderTotals.zero().withSubtotal(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderTotals.zero().withDiscount(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
