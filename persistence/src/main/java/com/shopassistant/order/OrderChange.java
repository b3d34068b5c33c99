package com.shopassistant.order;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A return or exchange requested on a delivered order (tau2 {@code return_items} / {@code
 * exchange_items}, {@code exchange_new_items}, the payment method and the price difference).
 * Created through {@link CustomerOrder#requestReturn} and {@link CustomerOrder#requestExchange}.
 */
@Entity
@Table(name = "order_change")
public class OrderChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private CustomerOrder order;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private OrderChangeKind kind;

  @Column(name = "payment_method_code", nullable = false, length = 64)
  private String paymentMethodCode;

  @Column(name = "price_difference", precision = 14, scale = 2)
  private BigDecimal priceDifference;

  @Column(name = "reason", length = 500)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "change", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<OrderChangeItem> items = new ArrayList<>();

  protected OrderChange() {}

  private OrderChange(
      CustomerOrder order, OrderChangeKind kind, String paymentMethodCode, String reason) {
    this.order = Require.present(order, "order");
    this.kind = kind;
    this.paymentMethodCode = Require.text(paymentMethodCode, "payment method code", 64);
    this.reason = Require.optionalText(reason, "reason", 500);
    this.createdAt = DatabaseTime.now();
  }

  static OrderChange returnOf(
      CustomerOrder order, List<String> itemCodes, String refundTo, String reason) {
    OrderChange change = new OrderChange(order, OrderChangeKind.RETURN, refundTo, reason);
    itemCodes.forEach(code -> change.items.add(new OrderChangeItem(change, code, null)));
    return change;
  }

  /**
   * An exchange. {@code priceDifference} is what the customer pays (positive) or gets back
   * (negative) through {@code paymentMethodCode}.
   */
  static OrderChange exchangeOf(
      CustomerOrder order,
      List<ItemSwap> swaps,
      String paymentMethodCode,
      BigDecimal priceDifference,
      String reason) {
    OrderChange change =
        new OrderChange(order, OrderChangeKind.EXCHANGE, paymentMethodCode, reason);
    change.priceDifference = Require.money(priceDifference, "price difference");
    swaps.forEach(
        s -> change.items.add(new OrderChangeItem(change, s.itemCode(), s.newItemCode())));
    return change;
  }

  public Long getId() {
    return id;
  }

  public CustomerOrder getOrder() {
    return order;
  }

  public OrderChangeKind getKind() {
    return kind;
  }

  public String getPaymentMethodCode() {
    return paymentMethodCode;
  }

  /** For an exchange, what the customer pays (positive) or is refunded (negative); else null. */
  public BigDecimal getPriceDifference() {
    return priceDifference;
  }

  public String getReason() {
    return reason;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public List<OrderChangeItem> getItems() {
    return Collections.unmodifiableList(items);
  }
}
