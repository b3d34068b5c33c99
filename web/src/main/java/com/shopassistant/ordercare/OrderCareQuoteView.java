package com.shopassistant.ordercare;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.customer.PostalAddressView;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.ordercare.CarePlan.ItemChange;
import com.shopassistant.ordercare.CarePlan.MoneyMove;
import com.shopassistant.ordercare.CarePlan.Settlement;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SortedMap;

/**
 * A quoted order-care write: exactly what confirming it will do, and the token that confirms it.
 * Absent fields do not apply to this kind of write.
 *
 * @param status the order's status now
 * @param statusAfter its status once confirmed
 * @param newShippingAddress where it will ship, for an address change
 * @param items items changed, returned or exchanged, before and after
 * @param priceDifference the items' cost (positive) or credit (negative), for item writes
 * @param charges money taken, in the order it is recorded
 * @param refunds money given back, in the order it is recorded
 */
@JsonbPropertyOrder({
  "action",
  "orderNumber",
  "status",
  "statusAfter",
  "cancelReason",
  "shippingAddress",
  "newShippingAddress",
  "items",
  "priceDifference",
  "charges",
  "refunds",
  "confirmationToken",
  "expiresAt"
})
public record OrderCareQuoteView(
    ConfirmableAction action,
    String orderNumber,
    OrderStatus status,
    OrderStatus statusAfter,
    String cancelReason,
    PostalAddressView shippingAddress,
    PostalAddressView newShippingAddress,
    List<Item> items,
    BigDecimal priceDifference,
    List<Money> charges,
    List<Money> refunds,
    String confirmationToken,
    OffsetDateTime expiresAt) {

  /**
   * An item as it is on the order and, for a switch or an exchange, what it becomes.
   *
   * @param priceDifference (newUnitPrice - unitPrice) x quantity; for a return, minus its price
   */
  @JsonbPropertyOrder({
    "lineNo",
    "productCode",
    "productName",
    "itemCode",
    "options",
    "unitPrice",
    "quantity",
    "newItemCode",
    "newOptions",
    "newUnitPrice",
    "priceDifference"
  })
  public record Item(
      int lineNo,
      String productCode,
      String productName,
      String itemCode,
      SortedMap<String, String> options,
      BigDecimal unitPrice,
      int quantity,
      String newItemCode,
      SortedMap<String, String> newOptions,
      BigDecimal newUnitPrice,
      BigDecimal priceDifference) {}

  /**
   * A charge or refund.
   *
   * @param settlement {@code IMMEDIATELY} (recorded now, gift card balance moves now), {@code
   *     BY_PAYMENT_PROVIDER} (recorded now; a refund reaches a card or PayPal in 5 to 7 business
   *     days), {@code AFTER_ITEMS_RECEIVED} (a return or exchange: settled when the items are back)
   * @param giftCardBalanceAfter the gift card's balance once this is done, for gift cards moved now
   */
  @JsonbPropertyOrder({
    "amount",
    "paymentMethodCode",
    "paymentMethodKind",
    "settlement",
    "giftCardBalanceAfter"
  })
  public record Money(
      BigDecimal amount,
      String paymentMethodCode,
      PaymentMethodKind paymentMethodKind,
      Settlement settlement,
      BigDecimal giftCardBalanceAfter) {}

  static OrderCareQuoteView of(OrderCareQuote quote) {
    CarePlan plan = quote.plan();
    return new OrderCareQuoteView(
        plan.action(),
        plan.orderNumber(),
        plan.status(),
        plan.statusAfter(),
        plan.cancelReason(),
        PostalAddressView.of(plan.shippingAddress()),
        plan.newShippingAddress() == null ? null : PostalAddressView.of(plan.newShippingAddress()),
        plan.items().isEmpty()
            ? null
            : plan.items().stream().map(OrderCareQuoteView::item).toList(),
        plan.priceDifference(),
        plan.charges().stream().map(OrderCareQuoteView::money).toList(),
        plan.refunds().stream().map(OrderCareQuoteView::money).toList(),
        quote.confirmation().token(),
        quote.confirmation().expiresAt());
  }

  private static Item item(ItemChange i) {
    return new Item(
        i.lineNo(),
        i.productCode(),
        i.productName(),
        i.itemCode(),
        i.options(),
        i.unitPrice(),
        i.quantity(),
        i.newItemCode(),
        i.newOptions(),
        i.newUnitPrice(),
        i.difference());
  }

  private static Money money(MoneyMove m) {
    return new Money(
        m.amount(),
        m.paymentMethodCode(),
        m.paymentMethodKind(),
        m.settlement(),
        m.giftCardBalanceAfter());
  }
}
