package com.shopassistant.order;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;

/**
 * A customer's order history, read only. A list page is two statements (the page and the count)
 * whatever its size; an order's detail is read with batched collections, so it costs the same
 * number of statements for one line as for fifty.
 */
@Stateless
public class OrderHistoryService {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Page {@code page} (from 1) of the customer's orders, newest first. */
  public OrderPage page(long customerId, @Min(1) int page, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
    long total =
        em.createNamedQuery(CustomerOrder.COUNT_BY_CUSTOMER, Long.class)
            .setParameter("customerId", customerId)
            .getSingleResult();
    long first = (long) (page - 1) * size;
    if (first >= total) {
      return new OrderPage(List.of(), page, size, total);
    }
    List<OrderSummary> items =
        em.createNamedQuery(CustomerOrder.SUMMARIES_BY_CUSTOMER, OrderSummary.class)
            .setParameter("customerId", customerId)
            .setFirstResult((int) first)
            .setMaxResults(size)
            .getResultList();
    return new OrderPage(items, page, size, total);
  }

  /**
   * One of the customer's orders by number, with or without its leading {@code #}, with its lines,
   * shipments, payments and changes loaded; empty when the customer has no such order.
   */
  public Optional<CustomerOrder> find(long customerId, String orderNumber) {
    List<String> candidates = OrderNumbers.candidates(orderNumber);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<CustomerOrder> found =
        em.createNamedQuery(CustomerOrder.FIND_OWN_BY_NUMBERS, CustomerOrder.class)
            .setParameter("customerId", customerId)
            .setParameter("orderNumbers", candidates)
            .getResultList();
    Optional<CustomerOrder> order = OrderNumbers.best(candidates, found);
    order.ifPresent(OrderHistoryService::loadDetail);
    return order;
  }

  /**
   * Reads every collection the detail shows while the transaction is open; the query's batch hints
   * make each a single statement. The caller gets the order detached, fully loaded.
   */
  private static void loadDetail(CustomerOrder order) {
    order.getLines().forEach(OrderLine::getOptions);
    order.getFulfilments().forEach(f -> f.getItemCodes().size());
    order.getPayments().size();
    order.getChanges().forEach(c -> c.getItems().size());
  }
}
