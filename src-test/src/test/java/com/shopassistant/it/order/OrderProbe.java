package com.shopassistant.it.order;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.LineItem;
import com.shopassistant.order.OrderStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test-only EJB: gives a customer (a guest a test signed in as) what only the store can create —
 * orders and gift cards — through the entities' own rules, each call its own transaction.
 */
@Stateless
public class OrderProbe {

  /** The shipping address of every probe order. */
  static final PostalAddress SHIP_TO =
      new PostalAddress("12 Probe Street", "Unit 3", "Austin", "TX", "78701", "USA");

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** A gift card with this balance; its code is not tau2-shaped, so no import can clash. */
  public PaymentMethod addGiftCard(long customerId, BigDecimal balance) {
    Customer customer = em.find(Customer.class, customerId);
    int next = customer.getPaymentMethods().size() + 1;
    PaymentMethod card =
        customer.addGiftCard("gift_card_probe_" + customerId + "_" + next, balance);
    em.flush();
    return card;
  }

  /**
   * {@code count} orders placed one after another ({@code #T<customer>-1} first, so the last is the
   * newest). Each is two lines paid by a probe gift card, shipped with UPS and delivered; the first
   * then has a return of its mat requested.
   */
  public List<String> placeOrders(long customerId, int count) {
    Customer customer = em.find(Customer.class, customerId);
    PaymentMethod gift = addGiftCard(customerId, new BigDecimal("1000.00"));
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      CustomerOrder order = deliveredOrder("#T" + customerId + "-" + i, customer, gift);
      if (i == 1) {
        order.requestReturn(List.of("PROBE-MAT-RED"), gift.getCode(), "too thin");
      }
      em.persist(order);
      em.flush(); // one created_at after another, as real orders are placed
      numbers.add(order.getOrderNumber());
    }
    return numbers;
  }

  private static CustomerOrder deliveredOrder(String number, Customer customer, PaymentMethod by) {
    CustomerOrder order = CustomerOrder.imported(number, customer, SHIP_TO, OrderStatus.PENDING);
    order.addLine(
        new LineItem(
            null,
            "PROBE-MAT",
            "PROBE-MAT-RED",
            "Yoga Mat",
            new BigDecimal("30.00"),
            2,
            Map.of("color", "red")));
    order.addLine(
        new LineItem(
            null,
            "PROBE-BOTTLE",
            "PROBE-BOTTLE-1",
            "Water Bottle",
            new BigDecimal("12.50"),
            1,
            Map.of()));
    order.recordPayment(by, order.getTotals().getTotal());
    order.markProcessed();
    order.addFulfilment(
        "1Z-" + number.substring(1), "UPS", List.of("PROBE-MAT-RED", "PROBE-BOTTLE-1"));
    order.markDelivered();
    return order;
  }
}
