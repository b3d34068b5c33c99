package com.shopassistant.order;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One order in the caller's order list.
 *
 * @param orderNumber e.g. {@code #W2611340}; in a URL path write it without the {@code #} ({@code
 *     /api/v1/orders/W2611340})
 * @param itemCount units over all lines
 * @param total what was charged, in {@code currency}
 */
@JsonbPropertyOrder({"orderNumber", "status", "placedAt", "itemCount", "total", "currency"})
public record OrderSummaryView(
    String orderNumber,
    OrderStatus status,
    OffsetDateTime placedAt,
    long itemCount,
    BigDecimal total,
    String currency) {

  static OrderSummaryView of(OrderSummary summary) {
    return new OrderSummaryView(
        summary.orderNumber(),
        summary.status(),
        summary.createdAt(),
        summary.itemCount(),
        summary.total(),
        summary.currency());
  }
}
