package com.shopassistant.checkout;

/** How a voucher's {@code discount_value} is read: a percentage of the subtotal or an amount. */
public enum DiscountType {
  PERCENTAGE,
  FIXED_AMOUNT
}
