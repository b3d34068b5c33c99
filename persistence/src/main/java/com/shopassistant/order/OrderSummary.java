package com.shopassistant.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One row of a customer's order list, read by {@link CustomerOrder#SUMMARIES_BY_CUSTOMER} in a
 * single statement: a list page needs no line, shipment or payment rows.
 *
 * @param orderNumber e.g. {@code #W2611340}
 * @param status where the order is now
 * @param createdAt when it was placed
 * @param total what was charged (subtotal minus discount)
 * @param currency ISO 4217 code
 * @param itemCount units over all lines
 */
public record OrderSummary(
    String orderNumber,
    OrderStatus status,
    OffsetDateTime createdAt,
    BigDecimal total,
    String currency,
    long itemCount) {

  /** The constructor the query calls: {@code sum} over no lines is null. */
  public OrderSummary(
      String orderNumber,
      OrderStatus status,
      OffsetDateTime createdAt,
      BigDecimal total,
      String currency,
      Long itemCount) {
    this(orderNumber, status, createdAt, total, currency, itemCount == null ? 0L : itemCount);
  }
}
