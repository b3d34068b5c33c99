package com.shopassistant.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderLine;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.order.OrderSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.junit.jupiter.api.Test;

/**
 * The queries behind a customer's own account API: lookups scoped to the owner, the one-statement
 * order list, and an order's detail read in a number of statements that does not grow with it.
 */
abstract class AccountQueryContract extends JpaContract {

  private static final String OTHER = "other_customer_1";

  @Test
  void addressesAndPaymentMethodsAreFoundOnlyForTheirOwner() {
    inTransaction(SampleData::customer);
    inTransaction(e -> e.persist(Customer.guest(OTHER)));
    Customer noah = single(Customer.FIND_BY_HANDLE, Customer.class, "handle", SampleData.NOAH);
    Customer other = single(Customer.FIND_BY_HANDLE, Customer.class, "handle", OTHER);
    long addressId = noah.defaultAddress().orElseThrow().getId();
    long cardId = noah.paymentMethod("credit_card_7815826").orElseThrow().getId();

    assertThat(own(Address.FIND_OWN, Address.class, addressId, noah.getId())).hasSize(1);
    assertThat(own(Address.FIND_OWN, Address.class, addressId, other.getId())).isEmpty();
    assertThat(own(PaymentMethod.FIND_OWN, PaymentMethod.class, cardId, noah.getId())).hasSize(1);
    assertThat(own(PaymentMethod.FIND_OWN, PaymentMethod.class, cardId, other.getId())).isEmpty();
    assertThat(byCustomer(Address.FIND_BY_CUSTOMER, Address.class, other.getId())).isEmpty();
    assertThat(noah.address(addressId)).isPresent();
    assertThat(other.address(addressId)).isEmpty();
    assertThat(other.paymentMethod(cardId)).isEmpty();
  }

  @Test
  void aTakenPaymentMethodCodeIsCounted() {
    inTransaction(SampleData::customer);

    assertThat(count(PaymentMethod.COUNT_BY_CODE, "code", "paypal_5727330")).isEqualTo(1);
    assertThat(count(PaymentMethod.COUNT_BY_CODE, "code", "paypal_0000000")).isZero();
  }

  @Test
  void ordersAreSummarisedNewestFirstWithTheirUnitCount() {
    inTransaction(SampleData::order);
    inTransaction(e -> placeOrder(e, "#W0000002", 3));
    Customer noah = single(Customer.FIND_BY_HANDLE, Customer.class, "handle", SampleData.NOAH);

    List<OrderSummary> page =
        byCustomer(CustomerOrder.SUMMARIES_BY_CUSTOMER, OrderSummary.class, noah.getId());

    assertThat(page)
        .extracting(OrderSummary::orderNumber, OrderSummary::status, OrderSummary::itemCount)
        .containsExactly(
            tuple("#W0000002", OrderStatus.PROCESSED, 3L),
            tuple("#W2611340", OrderStatus.EXCHANGE_REQUESTED, 2L));
    assertThat(page.get(1).total()).isEqualByComparingTo("91.58");
    assertThat(page.get(1).currency()).isEqualTo("USD");
    assertThat(count(CustomerOrder.COUNT_BY_CUSTOMER, "customerId", noah.getId())).isEqualTo(2);
    assertThat(
            em.createNamedQuery(CustomerOrder.SUMMARIES_BY_CUSTOMER, OrderSummary.class)
                .setParameter("customerId", noah.getId())
                .setFirstResult(1)
                .setMaxResults(1)
                .getResultList())
        .extracting(OrderSummary::orderNumber)
        .containsExactly("#W2611340");
  }

  @Test
  void anOrdersDetailTakesAsManyStatementsForOneLineAsForFive() {
    inTransaction(SampleData::order);
    inTransaction(e -> placeOrder(e, "#W0000005", 5));
    inTransaction(e -> placeOrder(e, "#W0000001", 1));
    Customer noah = single(Customer.FIND_BY_HANDLE, Customer.class, "handle", SampleData.NOAH);

    int forOne = statementsToReadDetail(noah.getId(), "#W0000001");
    int forFive = statementsToReadDetail(noah.getId(), "#W0000005");
    int forExchanged = statementsToReadDetail(noah.getId(), "#W2611340");

    assertThat(forFive).isEqualTo(forOne);
    assertThat(forExchanged).isLessThanOrEqualTo(forOne + 1);
  }

  @Test
  void anotherCustomersOrderIsNotFoundByNumber() {
    inTransaction(SampleData::order);
    inTransaction(e -> e.persist(Customer.guest(OTHER)));
    Customer other = single(Customer.FIND_BY_HANDLE, Customer.class, "handle", OTHER);

    assertThat(findOwn(other.getId(), "#W2611340")).isEmpty();
  }

  /** Reads an order and everything its detail shows, counting the SQL statements it takes. */
  private int statementsToReadDetail(long customerId, String orderNumber) {
    em.clear();
    em.getEntityManagerFactory().getCache().evictAll();
    AtomicInteger statements = new AtomicInteger();
    SessionEventAdapter counter =
        new SessionEventAdapter() {
          @Override
          public void preExecuteCall(SessionEvent event) {
            statements.incrementAndGet();
          }
        };
    ServerSession session = em.getEntityManagerFactory().unwrap(ServerSession.class);
    session.getEventManager().addListener(counter);
    try {
      CustomerOrder order = findOwn(customerId, orderNumber).get(0);
      order.getLines().forEach(OrderLine::getOptions);
      order.getFulfilments().forEach(f -> f.getItemCodes().size());
      order.getPayments().size();
      order.getChanges().forEach(c -> c.getItems().size());
      assertThat(order.getLines()).isNotEmpty();
      assertThat(order.getLines().get(0).getOptions()).isNotEmpty();
      return statements.get();
    } finally {
      session.getEventManager().removeListener(counter);
    }
  }

  /** A shipped order of {@code lines} lines (one variant, so the count is not variant reads). */
  private static void placeOrder(jakarta.persistence.EntityManager e, String number, int lines) {
    Customer noah =
        e.createNamedQuery(Customer.FIND_BY_HANDLE, Customer.class)
            .setParameter("handle", SampleData.NOAH)
            .getSingleResult();
    ProductVariant blue =
        e.createNamedQuery(Product.FIND_BY_CODE, Product.class)
            .setParameter("code", SampleData.SHIRT)
            .getSingleResult()
            .variant(SampleData.BLUE_M)
            .orElseThrow();
    CustomerOrder order =
        new CustomerOrder(
            number, noah, new PostalAddress("1 A St", null, "B", null, null, "USA"), "USD", null);
    for (int i = 0; i < lines; i++) {
      order.addLine(blue, 1);
    }
    order.recordPayment(noah.paymentMethod("paypal_5727330").orElseThrow(), new BigDecimal("1.00"));
    order.markProcessed();
    order.addFulfilment("TRACK-" + number, "UPS", List.of(SampleData.BLUE_M));
    e.persist(order);
  }

  private List<CustomerOrder> findOwn(long customerId, String orderNumber) {
    return em.createNamedQuery(CustomerOrder.FIND_OWN_BY_NUMBERS, CustomerOrder.class)
        .setParameter("customerId", customerId)
        .setParameter("orderNumbers", List.of(orderNumber))
        .getResultList();
  }

  private <T> List<T> own(String query, Class<T> type, long id, long customerId) {
    return em.createNamedQuery(query, type)
        .setParameter("id", id)
        .setParameter("customerId", customerId)
        .getResultList();
  }

  private <T> List<T> byCustomer(String query, Class<T> type, long customerId) {
    return em.createNamedQuery(query, type).setParameter("customerId", customerId).getResultList();
  }

  private long count(String query, String param, Object value) {
    return em.createNamedQuery(query, Long.class).setParameter(param, value).getSingleResult();
  }
}
