package com.shopassistant.checkout;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

/**
 * The two statements that take what a checkout sells, each a single conditional {@code UPDATE}
 * whose row count says whether it happened. The database evaluates the condition on the row it
 * updates, after any concurrent writer of that row has committed, so two checkouts on any two
 * instances can never both take the last unit or the last of a gift card's balance: the second
 * updates nothing. Both bump the row's {@code version}, so a writer holding an older copy of the
 * variant or card through JPA fails its optimistic check instead of writing old figures back.
 *
 * <p>The row stays locked until the transaction ends; callers take variants in id order, so two
 * checkouts sharing items wait for each other instead of deadlocking.
 */
public final class CheckoutLedger {

  private CheckoutLedger() {}

  /**
   * Takes {@code quantity} units of the variant out of stock if at least that many are there, its
   * price is still {@code unitPrice} and its product is still sold; false (and nothing changed)
   * otherwise.
   */
  public static boolean takeStock(
      EntityManager em, long variantId, int quantity, BigDecimal unitPrice) {
    int updated =
        em.createNativeQuery(
                "update product_variant"
                    + " set stock_quantity = stock_quantity - ?1, version = version + 1"
                    + " where id = ?2 and stock_quantity >= ?3 and price = ?4"
                    + " and exists (select 1 from product p"
                    + " where p.id = product_variant.product_id and p.active = true)")
            .setParameter(1, quantity)
            .setParameter(2, variantId)
            .setParameter(3, quantity)
            .setParameter(4, unitPrice)
            .executeUpdate();
    return updated == 1;
  }

  /**
   * Takes {@code amount} off the gift card if its balance covers it; false (and nothing changed)
   * otherwise, so a balance never goes below zero.
   */
  public static boolean debitGiftCard(EntityManager em, long paymentMethodId, BigDecimal amount) {
    int updated =
        em.createNativeQuery(
                "update payment_method"
                    + " set balance = balance - ?1, version = version + 1"
                    + " where id = ?2 and kind = 'GIFT_CARD' and balance >= ?3")
            .setParameter(1, amount)
            .setParameter(2, paymentMethodId)
            .setParameter(3, amount)
            .executeUpdate();
    return updated == 1;
  }
}
