package com.shopassistant.order;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A page of the caller's orders, newest first.
 *
 * @param page this page's number, from 1
 * @param size the most orders a page holds
 * @param total the caller's orders over all pages
 * @param totalPages pages for {@code total} at this size (0 when there are no orders)
 */
@JsonbPropertyOrder({"items", "page", "size", "total", "totalPages"})
public record OrderPageView(
    List<OrderSummaryView> items, int page, int size, long total, long totalPages) {

  static OrderPageView of(OrderPage page) {
    return new OrderPageView(
        page.items().stream().map(OrderSummaryView::of).toList(),
        page.page(),
        page.size(),
        page.total(),
        page.totalPages());
  }
}
