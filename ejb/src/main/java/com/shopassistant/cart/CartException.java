package com.shopassistant.cart;

import com.shopassistant.catalog.ProductVariant;
import jakarta.ejb.ApplicationException;

/**
 * A cart change that the store refuses; nothing was changed. The {@link Kind} says which rule was
 * broken (the API answers each with its own problem type), the message says it for people: it names
 * the item and the numbers involved, never internals.
 */
@ApplicationException(rollback = true)
public class CartException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Which rule a refused change broke. */
  public enum Kind {
    /** No variant with the id or item code asked for. */
    VARIANT_NOT_FOUND,
    /** The variant's product has been withdrawn from sale. */
    VARIANT_UNAVAILABLE,
    /** The variant has no stock at all. */
    OUT_OF_STOCK,
    /** The variant has some stock, but less than the line would hold. */
    INSUFFICIENT_STOCK,
    /** The line would hold more than {@link CartLine#MAX_QUANTITY}. */
    QUANTITY_LIMIT,
    /** The caller's cart has no line with that id (it may be another customer's). */
    LINE_NOT_FOUND,
    /** Another request changed the cart between reading and saving it. */
    CART_CHANGED,
    /** The caller's token names a customer that no longer exists. */
    ACCOUNT_NOT_FOUND
  }

  private final Kind kind;

  public CartException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static CartException variantNotFound(String reference) {
    return new CartException(Kind.VARIANT_NOT_FOUND, "There is no item with " + reference + ".");
  }

  static CartException unavailable(ProductVariant variant) {
    return new CartException(
        Kind.VARIANT_UNAVAILABLE, "Item " + describe(variant) + " is no longer sold.");
  }

  static CartException outOfStock(ProductVariant variant) {
    return new CartException(
        Kind.OUT_OF_STOCK, "Item " + describe(variant) + " is out of stock (0 available).");
  }

  static CartException insufficientStock(ProductVariant variant, int wanted) {
    int available = variant.getStockQuantity();
    return new CartException(
        Kind.INSUFFICIENT_STOCK,
        "Only "
            + available
            + " of item "
            + describe(variant)
            + (available == 1 ? " is" : " are")
            + " available; the cart would hold "
            + wanted
            + ".");
  }

  static CartException quantityLimit(ProductVariant variant, int wanted) {
    return new CartException(
        Kind.QUANTITY_LIMIT,
        "A cart line holds at most "
            + CartLine.MAX_QUANTITY
            + " units; the line of item "
            + describe(variant)
            + " would hold "
            + wanted
            + ".");
  }

  static CartException lineNotFound(long lineId) {
    return new CartException(Kind.LINE_NOT_FOUND, "Your cart has no line " + lineId + ".");
  }

  static CartException changed() {
    return new CartException(
        Kind.CART_CHANGED,
        "Your cart was changed by another request at the same moment, so this change was not"
            + " made. Load the cart and try again.");
  }

  static CartException accountNotFound() {
    return new CartException(
        Kind.ACCOUNT_NOT_FOUND, "Your account no longer exists; sign in again.");
  }

  private static String describe(ProductVariant variant) {
    return variant.getCode() + " (" + variant.getProduct().getName() + ")";
  }
}
