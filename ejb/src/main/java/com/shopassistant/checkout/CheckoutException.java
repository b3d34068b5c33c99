package com.shopassistant.checkout;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.PaymentMethod;
import jakarta.ejb.ApplicationException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A quote or confirm the store refuses; nothing was written. The {@link Kind} says which rule (the
 * API answers each with its own problem type), the message says it for the customer and never names
 * internals.
 */
@ApplicationException(rollback = true)
public class CheckoutException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Which rule a refused checkout broke. */
  public enum Kind {
    /** Nothing in the cart to check out. */
    CART_EMPTY,
    /** Some items have less stock than the cart holds, or are no longer sold. */
    INSUFFICIENT_STOCK,
    /** The address asked for is not one of the caller's. */
    ADDRESS_NOT_FOUND,
    /** None asked for and the caller has no saved address. */
    ADDRESS_REQUIRED,
    /** The payment method asked for is not one of the caller's. */
    PAYMENT_METHOD_NOT_FOUND,
    /** None asked for and the caller has no payment method. */
    PAYMENT_METHOD_REQUIRED,
    /** The gift card holds less than the total. */
    INSUFFICIENT_BALANCE,
    /** The cart, its prices or the voucher changed since the quote. */
    QUOTE_OUTDATED,
    /** The {@code Idempotency-Key} is missing, blank or longer than 100 characters. */
    IDEMPOTENCY_KEY_INVALID,
    /** The caller's token names a customer that no longer exists. */
    ACCOUNT_NOT_FOUND
  }

  private final Kind kind;

  public CheckoutException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static CheckoutException cartEmpty() {
    return new CheckoutException(
        Kind.CART_EMPTY, "Your cart is empty; add items before checking out.");
  }

  /** {@code shortages} are sentences such as "1 of item X (Lamp) available, 3 in the cart". */
  static CheckoutException insufficientStock(List<String> shortages) {
    return new CheckoutException(
        Kind.INSUFFICIENT_STOCK, "Not enough in stock: " + String.join("; ", shortages) + ".");
  }

  /**
   * A shortage found while taking stock at confirm: how many are left, how many the order needs.
   */
  static CheckoutException insufficientStock(ProductVariant variant, int available, int wanted) {
    return insufficientStock(
        List.of(
            shortage(
                variant.getCode(),
                variant.getProduct().getName(),
                available,
                "the order needs " + wanted)));
  }

  /** "2 of item X (Lamp) available, the cart holds 3": one item a checkout cannot supply. */
  static String shortage(String itemCode, String productName, int available, String wanted) {
    return available + " of item " + itemCode + " (" + productName + ") available, " + wanted;
  }

  static CheckoutException addressNotFound(long addressId) {
    return new CheckoutException(
        Kind.ADDRESS_NOT_FOUND, "You have no saved address " + addressId + ".");
  }

  static CheckoutException addressRequired() {
    return new CheckoutException(
        Kind.ADDRESS_REQUIRED,
        "You have no saved address to ship to; add one (POST /api/v1/me/addresses) first.");
  }

  static CheckoutException paymentMethodNotFound(long methodId) {
    return new CheckoutException(
        Kind.PAYMENT_METHOD_NOT_FOUND, "You have no payment method " + methodId + ".");
  }

  static CheckoutException paymentMethodRequired() {
    return new CheckoutException(
        Kind.PAYMENT_METHOD_REQUIRED,
        "You have no payment method; add one (POST /api/v1/me/payment-methods) first.");
  }

  static CheckoutException insufficientBalance(PaymentMethod card, BigDecimal total) {
    return new CheckoutException(
        Kind.INSUFFICIENT_BALANCE,
        "Gift card "
            + card.getCode()
            + " has a balance of "
            + card.getBalance().toPlainString()
            + "; the total is "
            + total.toPlainString()
            + ". Choose another payment method.");
  }

  static CheckoutException insufficientBalance(
      String cardCode, BigDecimal balance, BigDecimal due) {
    return new CheckoutException(
        Kind.INSUFFICIENT_BALANCE,
        "Gift card "
            + cardCode
            + " has a balance of "
            + balance.toPlainString()
            + " now; the total is "
            + due.toPlainString()
            + ". Choose another payment method and quote again.");
  }

  static CheckoutException quoteOutdated(String what) {
    return new CheckoutException(
        Kind.QUOTE_OUTDATED,
        what + " since this quote was made, so it was not placed. Ask for a new quote.");
  }

  static CheckoutException idempotencyKeyInvalid() {
    return new CheckoutException(
        Kind.IDEMPOTENCY_KEY_INVALID,
        "Send an Idempotency-Key header of 1 to 100 characters, new for each order you place"
            + " (a UUID, for example); repeating it repeats the answer, never the order.");
  }

  static CheckoutException accountNotFound() {
    return new CheckoutException(
        Kind.ACCOUNT_NOT_FOUND, "Your account no longer exists; sign in again.");
  }
}
