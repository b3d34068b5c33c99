package com.shopassistant.it.importer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * Test-only EJB: counts the rows the τ²-bench file produced, recognised by its business keys
 * (10-digit product codes, {@code #W} order numbers...), so rows other tests left in the shared
 * database do not count.
 */
@Stateless
public class StoreCounter {

  private static final String TAU2_PRODUCT = "p.code ~ '^[0-9]{10}$'";
  private static final String TAU2_CUSTOMER = "c.handle ~ '^[a-z]+_[a-z]+_[0-9]+$'";
  // Checkout numbers new orders in tau2's shape too (#W and seven digits), so a tau2 order is one
  // with such a number that belongs to a tau2 customer.
  private static final String TAU2_ORDER =
      "o.order_number like '#W%' and o.customer_id in (select c.id from customer c where "
          + TAU2_CUSTOMER
          + ")";
  // Customers add cards and PayPal under tau2-shaped codes too (credit_card_1234567), so a tau2
  // payment method is one with such a code that belongs to a tau2 customer.
  private static final String TAU2_PAYMENT_METHODS =
      "payment_method m join customer c on c.id = m.customer_id"
          + " where m.code ~ '^(credit_card|paypal|gift_card)_[0-9]+$' and "
          + TAU2_CUSTOMER;

  private static final Map<String, String> TAU2_QUERIES =
      Map.ofEntries(
          Map.entry("products", "select count(*) from product p where " + TAU2_PRODUCT),
          Map.entry(
              "variants",
              "select count(*) from product_variant v join product p on p.id = v.product_id where "
                  + TAU2_PRODUCT),
          Map.entry("customers", "select count(*) from customer c where " + TAU2_CUSTOMER),
          Map.entry("orders", "select count(*) from customer_order o where " + TAU2_ORDER),
          Map.entry(
              "orderLines",
              "select count(*) from order_line l join customer_order o on o.id = l.order_id where "
                  + TAU2_ORDER),
          Map.entry("paymentMethods", "select count(*) from " + TAU2_PAYMENT_METHODS),
          Map.entry(
              "giftCards",
              "select count(*) from " + TAU2_PAYMENT_METHODS + " and m.kind = 'GIFT_CARD'"),
          Map.entry(
              "cancelledOrders",
              "select count(*) from customer_order o where o.status = 'CANCELLED' and "
                  + TAU2_ORDER),
          Map.entry(
              "brokenFileProducts", "select count(*) from product p where p.code like 'BROKEN-%'"),
          Map.entry(
              "writeFailureRows",
              "select (select count(*) from product p where p.code like 'WRITEFAIL-%')"
                  + " + (select count(*) from customer c where c.handle like 'writefail-%')"
                  + " + (select count(*) from customer_order o where o.order_number like '#WRITEFAIL%')"),
          Map.entry(
              "refunds",
              "select count(*) from payment_transaction t join customer_order o on o.id = t.order_id"
                  + " where t.kind = 'REFUND' and "
                  + TAU2_ORDER));

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** One of the keys of {@link #TAU2_QUERIES}. */
  public long tau2(String what) {
    String sql = TAU2_QUERIES.get(what);
    if (sql == null) {
      throw new IllegalArgumentException("no count named " + what);
    }
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
