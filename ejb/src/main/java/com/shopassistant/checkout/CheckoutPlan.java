package com.shopassistant.checkout;

import com.shopassistant.cart.CartContents;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.PaymentMethod;
import java.math.BigDecimal;

/**
 * A checkout as it would be placed now: the cart priced with its voucher, where it goes and how it
 * is paid. A quote states one and fingerprints it; the confirm builds it again from the state it
 * finds and places it only if the fingerprint is the same.
 *
 * @param cart the cart's lines at today's prices, the voucher's discount and the totals
 * @param address the customer's address the order ships to
 * @param paymentMethod the customer's payment method it is paid with
 * @param voucher the voucher applied, or null
 */
record CheckoutPlan(
    CartContents cart, Address address, PaymentMethod paymentMethod, Voucher voucher) {

  /**
   * Shipping charged on every order: nothing. The seed plan and the tau2 data have no shipping
   * rule, so the field is there (and in the fingerprint) for when one comes, at 0.00.
   */
  static final BigDecimal SHIPPING = CartContents.money(BigDecimal.ZERO);

  BigDecimal shipping() {
    return SHIPPING;
  }

  /** What is charged: the cart's total (subtotal minus discount) plus shipping. */
  BigDecimal total() {
    return cart.total().add(SHIPPING);
  }

  String fingerprint() {
    return QuoteFingerprint.of(
        cart,
        SHIPPING,
        address.getId(),
        address.getPostalAddress(),
        paymentMethod.getId(),
        paymentMethod.getCode());
  }
}
