package com.shopassistant.order;

import java.util.List;

/**
 * One page of a customer's orders, newest first.
 *
 * @param items the orders on this page
 * @param page the page number, from 1
 * @param size the most orders a page holds
 * @param total the customer's orders over all pages
 */
public record OrderPage(List<OrderSummary> items, int page, int size, long total) {

  public OrderPage {
    items = List.copyOf(items);
  }

  /** Pages needed for {@code total} orders; zero when there are none. */
  public long totalPages() {
    return (total + size - 1) / size;
  }
}
