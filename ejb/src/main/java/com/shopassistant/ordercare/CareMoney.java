package com.shopassistant.ordercare;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderTotals;
import com.shopassistant.order.PaymentTransaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The money rules of order care. Amounts are {@link BigDecimal} with two decimals, as the columns
 * keep them; sums, differences and whole quantities of such amounts are exact. The only division is
 * a returned item's share of an order discount, rounded half up to the cent.
 */
final class CareMoney {

  static final int SCALE = 2;

  private CareMoney() {}

  /**
   * What each payment method holds of the order: its payments minus its refunds, for the methods
   * still holding something, in the order they first paid.
   */
  static Map<String, BigDecimal> heldByMethod(CustomerOrder order) {
    Map<String, BigDecimal> held = new LinkedHashMap<>();
    for (PaymentTransaction tx : order.getPayments()) {
      held.merge(tx.getPaymentMethodCode(), tx.signedAmount(), BigDecimal::add);
    }
    held.values().removeIf(amount -> amount.signum() <= 0);
    held.replaceAll((code, amount) -> cents(amount));
    return held;
  }

  /**
   * What returning units whose prices add up to {@code returnedSubtotal} refunds: those prices less
   * their share of the order's discount ({@code discount x returnedSubtotal / subtotal}, rounded
   * half up to the cent), never more than the order still holds. Without a discount it is exactly
   * the prices, as in τ²-bench.
   */
  static BigDecimal returnRefund(CustomerOrder order, BigDecimal returnedSubtotal) {
    OrderTotals totals = order.getTotals();
    BigDecimal refund = returnedSubtotal;
    if (totals.getDiscount().signum() > 0 && totals.getSubtotal().signum() > 0) {
      BigDecimal share =
          totals
              .getDiscount()
              .multiply(returnedSubtotal)
              .divide(totals.getSubtotal(), SCALE, RoundingMode.HALF_UP);
      refund = returnedSubtotal.subtract(share);
    }
    return cents(refund.min(order.netPaid()).max(BigDecimal.ZERO));
  }

  /** {@code (newPrice - price) x quantity}: what switching that many units costs or gives back. */
  static BigDecimal difference(BigDecimal price, BigDecimal newPrice, int quantity) {
    return cents(newPrice.subtract(price).multiply(BigDecimal.valueOf(quantity)));
  }

  /** The amount at two decimals; exact amounts only (a sum of cents never needs rounding). */
  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
  }
}
