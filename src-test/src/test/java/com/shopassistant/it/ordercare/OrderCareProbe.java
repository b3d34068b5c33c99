package com.shopassistant.it.ordercare;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.security.AccessTokenIssuer;
import com.shopassistant.security.TokenSubject;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test-only EJB: what only the store creates — products, orders, gift cards — made through the
 * entities' own rules for the customer a test signed in as, and access tokens for imported
 * customers (who have no password). Each call is its own transaction.
 */
@Stateless
public class OrderCareProbe {

  static final PostalAddress SHIP_TO =
      new PostalAddress("12 Probe Street", "Unit 3", "Austin", "TX", "78701", "USA");

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject AccessTokenIssuer tokens;

  /** A product with one variant per price ({@code color} option-0, -1...); its item codes. */
  public List<String> newProduct(List<BigDecimal> prices, List<Integer> stocks) {
    String code = "OCP-" + UUID.randomUUID().toString().substring(0, 8);
    Product product = new Product(code, "Probe Lamp " + code, null, null);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      ProductVariant variant =
          product.addVariant(
              code + "-" + i, prices.get(i), stocks.get(i), Map.of("color", "c" + i));
      items.add(variant.getCode());
    }
    em.persist(product);
    return items;
  }

  /** A pending or delivered order of one unit per item code, paid in full with {@code paidWith}. */
  public String placeOrder(
      long customerId, OrderStatus status, List<String> itemCodes, String paidWith) {
    Customer customer = em.find(Customer.class, customerId);
    String number = "#OCT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    CustomerOrder order = CustomerOrder.imported(number, customer, SHIP_TO, OrderStatus.PENDING);
    for (String code : itemCodes) {
      order.addLine(variant(code), 1);
    }
    PaymentMethod method = customer.paymentMethod(paidWith).orElseThrow();
    order.recordPayment(method, order.getTotals().getTotal());
    if (status == OrderStatus.DELIVERED) {
      order.markProcessed();
      order.addFulfilment("1Z" + number.substring(5), "UPS", itemCodes);
      order.markDelivered();
    }
    em.persist(order);
    return number;
  }

  public PaymentMethod addGiftCard(long customerId, BigDecimal balance) {
    Customer customer = em.find(Customer.class, customerId);
    String code = "gift_card_oc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    PaymentMethod card = customer.addGiftCard(code, balance);
    em.flush();
    return card;
  }

  public void changePrice(String itemCode, BigDecimal price) {
    variant(itemCode).changePrice(price);
  }

  /** An access token for the customer with this handle, as sign-in would issue it. */
  public String tokenFor(String handle) {
    Customer customer =
        em.createNamedQuery(Customer.FIND_BY_HANDLE, Customer.class)
            .setParameter("handle", handle)
            .getSingleResult();
    return tokens.issue(TokenSubject.of(customer)).jwt();
  }

  public long customerId(String handle) {
    return em.createNamedQuery(Customer.FIND_BY_HANDLE, Customer.class)
        .setParameter("handle", handle)
        .getSingleResult()
        .getId();
  }

  private ProductVariant variant(String code) {
    return em.createNamedQuery(ProductVariant.FIND_BY_CODE, ProductVariant.class)
        .setParameter("code", code)
        .getSingleResult();
  }
}
