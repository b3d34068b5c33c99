package com.shopassistant.it.checkout;

import com.shopassistant.catalog.Product;
import com.shopassistant.checkout.CheckoutLedger;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Test-only EJB for the checkout tests: what no public endpoint does (a gift card, reading and
 * changing stock, prices and vouchers behind the application's back, as another instance or the
 * store's staff would), each call its own transaction.
 */
@Stateless
public class CheckoutProbe {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** A gift card with this balance; its code is not tau2-shaped, so no import can clash. */
  public long addGiftCard(long customerId, BigDecimal balance) {
    Customer customer = em.find(Customer.class, customerId);
    int next = customer.getPaymentMethods().size() + 1;
    PaymentMethod card =
        customer.addGiftCard("gift_card_checkout_" + customerId + "_" + next, balance);
    em.flush();
    return card.getId();
  }

  /** A new guest holding only a gift card with this balance; the card's id. */
  public long newGuestWithGiftCard(BigDecimal balance) {
    Customer guest = Customer.guest("checkout-it-" + UUID.randomUUID());
    em.persist(guest);
    em.flush();
    return addGiftCard(guest.getId(), balance);
  }

  /** A product with one variant of this code, at 10.00 with this stock. */
  public void newItem(String itemCode, int stock) {
    Product product = new Product("P-" + itemCode, "Ledger Lamp", null, null);
    product.addVariant(itemCode, new BigDecimal("10.00"), stock, Map.of("color", "white"));
    em.persist(product);
  }

  public BigDecimal balance(long paymentMethodId) {
    return em.find(PaymentMethod.class, paymentMethodId).getBalance();
  }

  public int stock(String itemCode) {
    return ((Number)
            em.createNativeQuery("select stock_quantity from product_variant where code = ?1")
                .setParameter(1, itemCode)
                .getSingleResult())
        .intValue();
  }

  public void setStock(String itemCode, int stock) {
    update("update product_variant set stock_quantity = ?1 where code = ?2", stock, itemCode);
  }

  public void setPrice(String itemCode, BigDecimal price) {
    update("update product_variant set price = ?1 where code = ?2", price, itemCode);
  }

  public int timesUsed(String voucherCode) {
    return ((Number)
            em.createNativeQuery("select times_used from voucher where code = ?1")
                .setParameter(1, voucherCode)
                .getSingleResult())
        .intValue();
  }

  public long redemptions(String voucherCode) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from voucher_redemption r join voucher v on v.id = r.voucher_id"
                        + " where v.code = ?1")
                .setParameter(1, voucherCode)
                .getSingleResult())
        .longValue();
  }

  public void setVoucherActive(String voucherCode, boolean active) {
    update("update voucher set active = ?1 where code = ?2", active, voucherCode);
  }

  public long orders(long customerId) {
    return ((Number)
            em.createNativeQuery("select count(*) from customer_order where customer_id = ?1")
                .setParameter(1, customerId)
                .getSingleResult())
        .longValue();
  }

  /**
   * Debits the gift card with {@link CheckoutLedger#debitGiftCard} and keeps the transaction (and
   * so the row's lock) open for {@code holdMillis} before committing, so a concurrent debit is sure
   * to meet it.
   */
  public boolean debitAndHold(long paymentMethodId, BigDecimal amount, long holdMillis)
      throws InterruptedException {
    boolean debited = CheckoutLedger.debitGiftCard(em, paymentMethodId, amount);
    Thread.sleep(holdMillis);
    return debited;
  }

  /** Like {@link #debitAndHold}, for stock. */
  public boolean takeAndHold(String itemCode, int quantity, long holdMillis)
      throws InterruptedException {
    Object[] row =
        (Object[])
            em.createNativeQuery("select id, price from product_variant where code = ?1")
                .setParameter(1, itemCode)
                .getSingleResult();
    boolean taken =
        CheckoutLedger.takeStock(em, ((Number) row[0]).longValue(), quantity, (BigDecimal) row[1]);
    Thread.sleep(holdMillis);
    return taken;
  }

  /** One take at the price given, committed at once. */
  public boolean takeAtPrice(String itemCode, int quantity, BigDecimal price) {
    long id =
        ((Number)
                em.createNativeQuery("select id from product_variant where code = ?1")
                    .setParameter(1, itemCode)
                    .getSingleResult())
            .longValue();
    return CheckoutLedger.takeStock(em, id, quantity, price);
  }

  private void update(String sql, Object first, Object second) {
    em.createNativeQuery(sql).setParameter(1, first).setParameter(2, second).executeUpdate();
  }
}
