package com.shopassistant.checkout;

import com.shopassistant.cart.CartContents;
import com.shopassistant.confirmation.IssuedConfirmation;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.PaymentMethod;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A checkout quote: what the order would be, and the token that places it.
 *
 * @param cart the lines at today's prices, the voucher and its discount, subtotal and currency
 * @param shipping what shipping costs (0.00: the store has no shipping rule)
 * @param total what would be charged: the cart's total plus shipping
 * @param shippingAddress the customer's address it ships to (detached)
 * @param paymentMethod the customer's payment method it is paid with (detached)
 * @param confirmationToken the secret that confirms exactly this quote, once
 * @param expiresAt when the token stops being accepted
 */
public record CheckoutQuote(
    CartContents cart,
    BigDecimal shipping,
    BigDecimal total,
    Address shippingAddress,
    PaymentMethod paymentMethod,
    String confirmationToken,
    OffsetDateTime expiresAt) {

  static CheckoutQuote of(CheckoutPlan plan, IssuedConfirmation issued) {
    return new CheckoutQuote(
        plan.cart(),
        plan.shipping(),
        plan.total(),
        plan.address(),
        plan.paymentMethod(),
        issued.token(),
        issued.expiresAt());
  }

  @Override
  public String toString() {
    return "CheckoutQuote[total=" + total + ", token=<hidden>, expiresAt=" + expiresAt + "]";
  }
}
