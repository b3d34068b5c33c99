package com.shopassistant.order;

import com.shopassistant.customer.PostalAddressView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SortedMap;

/**
 * One of the caller's orders in full: where it is, where it goes, what is on it, what it cost, how
 * it shipped, what was paid and refunded, and the returns or exchanges asked for.
 *
 * @param cancelReason why it was cancelled; only for a cancelled order
 * @param voucherCode the voucher whose discount it got, if any
 */
@JsonbPropertyOrder({
  "orderNumber", "status", "placedAt", "updatedAt", "shippingAddress", "lines", "subtotal",
  "discount", "total", "currency", "voucherCode", "cancelReason", "fulfilments", "payments",
  "changes"
})
public record OrderView(
    String orderNumber,
    OrderStatus status,
    OffsetDateTime placedAt,
    OffsetDateTime updatedAt,
    PostalAddressView shippingAddress,
    List<Line> lines,
    BigDecimal subtotal,
    BigDecimal discount,
    BigDecimal total,
    String currency,
    String voucherCode,
    String cancelReason,
    List<Shipment> fulfilments,
    List<Payment> payments,
    List<Change> changes) {

  /** A line as bought: a snapshot, so it reads the same after the catalog changes. */
  @JsonbPropertyOrder({
    "lineNo",
    "productCode",
    "itemCode",
    "productName",
    "options",
    "unitPrice",
    "quantity",
    "lineTotal"
  })
  public record Line(
      int lineNo,
      String productCode,
      String itemCode,
      String productName,
      SortedMap<String, String> options,
      BigDecimal unitPrice,
      int quantity,
      BigDecimal lineTotal) {}

  /** Items shipped together under one tracking id. */
  @JsonbPropertyOrder({"trackingId", "carrier", "itemCodes", "createdAt"})
  public record Shipment(
      String trackingId, String carrier, List<String> itemCodes, OffsetDateTime createdAt) {}

  /** Money taken ({@code PAYMENT}) or given back ({@code REFUND}) through a payment method. */
  @JsonbPropertyOrder({"kind", "amount", "paymentMethodCode", "createdAt"})
  public record Payment(
      TransactionKind kind,
      BigDecimal amount,
      String paymentMethodCode,
      OffsetDateTime createdAt) {}

  /**
   * A return or exchange asked for; {@code priceDifference} (exchanges only) is what the customer
   * pays (positive) or gets back (negative) through {@code paymentMethodCode}.
   */
  @JsonbPropertyOrder({
    "kind",
    "items",
    "paymentMethodCode",
    "priceDifference",
    "reason",
    "createdAt"
  })
  public record Change(
      OrderChangeKind kind,
      List<ChangeItem> items,
      String paymentMethodCode,
      BigDecimal priceDifference,
      String reason,
      OffsetDateTime createdAt) {}

  /** An item returned ({@code newItemCode} absent) or exchanged for {@code newItemCode}. */
  @JsonbPropertyOrder({"itemCode", "newItemCode"})
  public record ChangeItem(String itemCode, String newItemCode) {}

  public static OrderView of(CustomerOrder order) {
    OrderTotals totals = order.getTotals();
    return new OrderView(
        order.getOrderNumber(),
        order.getStatus(),
        order.getCreatedAt(),
        order.getUpdatedAt(),
        PostalAddressView.of(order.getShippingAddress()),
        order.getLines().stream().map(OrderView::line).toList(),
        totals.getSubtotal(),
        totals.getDiscount(),
        totals.getTotal(),
        order.getCurrency(),
        order.getVoucherCode(),
        order.getCancelReason(),
        order.getFulfilments().stream().map(OrderView::shipment).toList(),
        order.getPayments().stream().map(OrderView::payment).toList(),
        order.getChanges().stream().map(OrderView::change).toList());
  }

  private static Line line(OrderLine line) {
    return new Line(
        line.getLineNo(),
        line.getProductCode(),
        line.getItemCode(),
        line.getProductName(),
        line.getOptions(),
        line.getUnitPrice(),
        line.getQuantity(),
        line.lineTotal());
  }

  private static Shipment shipment(Fulfilment fulfilment) {
    return new Shipment(
        fulfilment.getTrackingId(),
        fulfilment.getCarrier(),
        List.copyOf(fulfilment.getItemCodes()),
        fulfilment.getCreatedAt());
  }

  private static Payment payment(PaymentTransaction tx) {
    return new Payment(tx.getKind(), tx.getAmount(), tx.getPaymentMethodCode(), tx.getCreatedAt());
  }

  private static Change change(OrderChange change) {
    return new Change(
        change.getKind(),
        change.getItems().stream()
            .map(i -> new ChangeItem(i.getItemCode(), i.getNewItemCode()))
            .toList(),
        change.getPaymentMethodCode(),
        change.getPriceDifference(),
        change.getReason(),
        change.getCreatedAt());
  }
}
