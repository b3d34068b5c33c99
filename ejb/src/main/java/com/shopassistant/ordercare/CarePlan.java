package com.shopassistant.ordercare;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.OrderStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;

/**
 * Exactly what an order-care write will do: the status it leaves the order in, the items before and
 * after, and every charge and refund with its amount, payment method and when the money moves. A
 * quote shows it to the customer; the confirm plans again and applies it only if it is the same
 * ({@link #fingerprint}).
 *
 * @param cancelReason the reason recorded, for a cancellation
 * @param shippingAddress where the order ships now
 * @param newShippingAddress where it will ship, for an address change
 * @param items the items changed, returned or exchanged; empty for other writes
 * @param priceDifference what the item changes cost (positive) or give back (negative); null when
 *     no items change
 * @param money charges and refunds in the order they are recorded
 */
public record CarePlan(
    ConfirmableAction action,
    String orderNumber,
    OrderStatus status,
    OrderStatus statusAfter,
    String cancelReason,
    PostalAddress shippingAddress,
    PostalAddress newShippingAddress,
    List<ItemChange> items,
    BigDecimal priceDifference,
    List<MoneyMove> money) {

  public CarePlan {
    items = List.copyOf(items);
    money = List.copyOf(money);
  }

  /**
   * One line (modify items) or one unit (return, exchange) and what it becomes. For a return the
   * {@code new*} fields are null and {@code difference} is what the unit gives back.
   *
   * @param lineNo the order line the item is on
   * @param difference (new unit price - unit price) x quantity
   */
  public record ItemChange(
      int lineNo,
      String productCode,
      String productName,
      String itemCode,
      SortedMap<String, String> options,
      BigDecimal unitPrice,
      int quantity,
      String newItemCode,
      SortedMap<String, String> newOptions,
      BigDecimal newUnitPrice,
      BigDecimal difference) {}

  /** Money taken from the customer ({@code CHARGE}) or given back ({@code REFUND}). */
  public enum Direction {
    CHARGE,
    REFUND
  }

  /** When the money of a move changes hands. */
  public enum Settlement {
    /** Recorded in the order's payment history now; a gift card's balance moves now. */
    IMMEDIATELY,
    /**
     * Recorded in the order's payment history now; the card or PayPal provider moves the money
     * (refunds reach the customer in 5 to 7 business days).
     */
    BY_PAYMENT_PROVIDER,
    /**
     * Nothing is recorded now: a requested return or exchange is settled when the items are back.
     */
    AFTER_ITEMS_RECEIVED
  }

  /**
   * One charge or refund.
   *
   * @param giftCardBalanceAfter a gift card's balance once this move is made now; null for other
   *     kinds and for moves settled later
   */
  public record MoneyMove(
      Direction direction,
      BigDecimal amount,
      String paymentMethodCode,
      PaymentMethodKind paymentMethodKind,
      Settlement settlement,
      BigDecimal giftCardBalanceAfter) {}

  CarePlan withCancelReason(String reason) {
    return new CarePlan(
        action,
        orderNumber,
        status,
        statusAfter,
        reason,
        shippingAddress,
        newShippingAddress,
        items,
        priceDifference,
        money);
  }

  CarePlan withNewAddress(PostalAddress address) {
    return new CarePlan(
        action,
        orderNumber,
        status,
        statusAfter,
        cancelReason,
        shippingAddress,
        address,
        items,
        priceDifference,
        money);
  }

  public List<MoneyMove> charges() {
    return money.stream().filter(m -> m.direction() == Direction.CHARGE).toList();
  }

  public List<MoneyMove> refunds() {
    return money.stream().filter(m -> m.direction() == Direction.REFUND).toList();
  }

  /**
   * A digest of what the customer agrees to: status after, items and their new prices, and the
   * money moves. Balances after, and where the order shipped before, are left out: they may move
   * for other reasons between quote and confirm without changing this write.
   */
  public String fingerprint() {
    StringBuilder text = new StringBuilder();
    text.append(action).append('|').append(orderNumber).append('|').append(statusAfter);
    text.append('|').append(cancelReason).append('|').append(newShippingAddress);
    for (ItemChange item : items) {
      text.append("|item:").append(item.lineNo()).append(':').append(item.itemCode());
      text.append('>').append(item.newItemCode()).append('@').append(item.newUnitPrice());
      text.append('x').append(item.quantity()).append('=').append(item.difference());
    }
    text.append("|diff:").append(priceDifference);
    for (MoneyMove move : money) {
      text.append("|money:").append(move.direction()).append(':').append(move.amount());
      text.append(':').append(move.paymentMethodCode()).append(':').append(move.settlement());
    }
    return sha256(text.toString());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
