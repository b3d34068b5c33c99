package com.shopassistant.importer;

import com.shopassistant.order.OrderChangeKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * A return or exchange the customer requested.
 *
 * @param kind return or exchange
 * @param itemCodes the items sent back (tau2 {@code return_items} / {@code exchange_items})
 * @param newItemCodes exchanges only: the items wanted instead ({@code exchange_new_items}); tau2
 *     sorts both lists separately, so the n-th new item is not necessarily the n-th item's
 *     replacement — {@link ExchangePairing} pairs them by product
 * @param paymentMethodCode where a refund goes or a difference is charged
 * @param priceDifference exchanges only: new minus old price, negative when refunded
 */
public record OrderChangeRecord(
    OrderChangeKind kind,
    List<String> itemCodes,
    List<String> newItemCodes,
    String paymentMethodCode,
    BigDecimal priceDifference) {

  public OrderChangeRecord {
    itemCodes = List.copyOf(itemCodes);
    newItemCodes = List.copyOf(newItemCodes);
  }
}
