package com.shopassistant.checkout;

import com.shopassistant.cart.Cart;
import com.shopassistant.cart.CartContents;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Builds a {@link CheckoutPlan} from the store as it is now, for the quote and again for the
 * confirm: the address and payment method (the customer's own, or their defaults), the voucher (the
 * one named, else the cart's) judged by all its rules, and the priced cart. Then {@link
 * #requirePurchasable} checks what the plan takes: stock for every line and a gift card's balance.
 */
final class CheckoutPlanner {

  private final EntityManager em;

  CheckoutPlanner(EntityManager em) {
    this.em = em;
  }

  /** The plan for {@code cart}; refuses an empty cart, a foreign address or method, a voucher. */
  CheckoutPlan plan(Customer customer, Cart cart, CheckoutRequest request)
      throws CheckoutException, VoucherException {
    if (cart.isEmpty()) {
      throw CheckoutException.cartEmpty();
    }
    Address address = address(customer, request.addressId());
    PaymentMethod method = paymentMethod(customer, request.paymentMethodId());
    Voucher voucher =
        request.voucherCode() == null
            ? cart.getVoucher().orElse(null)
            : VoucherChecks.require(em, request.voucherCode());
    CartContents priced =
        CartContents.of(
            cart,
            voucher == null
                ? null
                : VoucherChecks.requireApplies(em, voucher, customer.getId(), cart.subtotal()));
    return new CheckoutPlan(priced, address, method, voucher);
  }

  /** Refuses a plan whose lines the stock cannot supply, or whose gift card cannot pay it. */
  void requirePurchasable(CheckoutPlan plan) throws CheckoutException {
    List<String> shortages =
        plan.cart().lines().stream()
            .filter(line -> !line.purchasable())
            .map(
                line ->
                    CheckoutException.shortage(
                        line.itemCode(),
                        line.productName(),
                        line.availableStock(),
                        "the cart holds " + line.quantity()))
            .toList();
    if (!shortages.isEmpty()) {
      throw CheckoutException.insufficientStock(shortages);
    }
    PaymentMethod method = plan.paymentMethod();
    if (method.isGiftCard() && plan.total().signum() > 0 && !method.canCover(plan.total())) {
      throw CheckoutException.insufficientBalance(method, plan.total());
    }
  }

  private static Address address(Customer customer, Long addressId) throws CheckoutException {
    if (addressId == null) {
      return customer.defaultAddress().orElseThrow(CheckoutException::addressRequired);
    }
    return customer
        .address(addressId)
        .orElseThrow(() -> CheckoutException.addressNotFound(addressId));
  }

  private static PaymentMethod paymentMethod(Customer customer, Long methodId)
      throws CheckoutException {
    if (methodId == null) {
      return customer.defaultPaymentMethod().orElseThrow(CheckoutException::paymentMethodRequired);
    }
    return customer
        .paymentMethod(methodId)
        .orElseThrow(() -> CheckoutException.paymentMethodNotFound(methodId));
  }
}
