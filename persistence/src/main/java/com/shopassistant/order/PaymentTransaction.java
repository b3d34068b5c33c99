package com.shopassistant.order;

import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An entry in an order's payment history (tau2 {@code payment_history}). The method's code is kept
 * as well as the link, so the history still reads right after the method is deleted.
 */
@Entity
@Table(name = "payment_transaction")
public class PaymentTransaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private CustomerOrder order;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private TransactionKind kind;

  @Column(name = "amount", nullable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "payment_method_id")
  private PaymentMethod paymentMethod;

  @Column(name = "payment_method_code", nullable = false, length = 64)
  private String paymentMethodCode;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected PaymentTransaction() {}

  PaymentTransaction(
      CustomerOrder order, TransactionKind kind, BigDecimal amount, PaymentMethod method) {
    this.order = Require.present(order, "order");
    this.kind = Require.present(kind, "transaction kind");
    this.amount = Require.positive(Require.money(amount, "amount"), "amount");
    this.paymentMethod = Require.present(method, "payment method");
    this.paymentMethodCode = method.getCode();
    this.createdAt = DatabaseTime.now();
  }

  /** The amount with its sign: positive for a payment, negative for a refund. */
  public BigDecimal signedAmount() {
    return kind == TransactionKind.REFUND ? amount.negate() : amount;
  }

  public Long getId() {
    return id;
  }

  public CustomerOrder getOrder() {
    return order;
  }

  public TransactionKind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  /** The method used, or null if it has been deleted since; the code is always there. */
  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public String getPaymentMethodCode() {
    return paymentMethodCode;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
