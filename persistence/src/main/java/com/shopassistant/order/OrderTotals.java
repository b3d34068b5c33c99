package com.shopassistant.order;

import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An order's money as a value: subtotal of the lines, discount, and what is charged. Replaced as a
 * whole so the three can never disagree; the discount never exceeds the subtotal.
 */
@Embeddable
public class OrderTotals {

  @Column(name = "subtotal", nullable = false, precision = 14, scale = 2)
  private BigDecimal subtotal;

  @Column(name = "discount", nullable = false, precision = 14, scale = 2)
  private BigDecimal discount;

  @Column(name = "total", nullable = false, precision = 14, scale = 2)
  private BigDecimal total;

  protected OrderTotals() {}

  private OrderTotals(BigDecimal subtotal, BigDecimal discount) {
    this.subtotal = subtotal;
    this.discount = discount;
    this.total = subtotal.subtract(discount);
  }

  static OrderTotals zero() {
    BigDecimal zero = Require.money(BigDecimal.ZERO, "total");
    return new OrderTotals(zero, zero);
  }

  /** New line sum; a discount larger than the new subtotal shrinks to it. */
  OrderTotals withSubtotal(BigDecimal newSubtotal) {
    BigDecimal value = Require.notNegative(Require.money(newSubtotal, "subtotal"), "subtotal");
    return new OrderTotals(value, discount.min(value));
  }

  OrderTotals withDiscount(BigDecimal newDiscount) {
    BigDecimal value = Require.notNegative(Require.money(newDiscount, "discount"), "discount");
    if (value.compareTo(subtotal) > 0) {
      throw new IllegalArgumentException(
          "discount " + value + " is more than the subtotal " + subtotal);
    }
    return new OrderTotals(subtotal, value);
  }

  public BigDecimal getSubtotal() {
    return subtotal;
  }

  public BigDecimal getDiscount() {
    return discount;
  }

  /** Subtotal minus discount: what the customer is charged. */
  public BigDecimal getTotal() {
    return total;
  }

  @Override
  public String toString() {
    return subtotal + " - " + discount + " = " + total;
  }
}
