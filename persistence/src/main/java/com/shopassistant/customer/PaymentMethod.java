package com.shopassistant.customer;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * A way a customer pays (tau2 ids such as {@code gift_card_1725971}). Only gift cards hold money
 * here: {@link #debit} and {@link #credit} move their balance, which never goes below zero; card
 * and PayPal charges happen at the provider, so for those the calls only check the amount.
 */
@Entity
@Table(name = "payment_method")
@NamedQuery(
    name = PaymentMethod.FIND_BY_CODE,
    query = "select m from PaymentMethod m where m.code = :code")
@NamedQuery(
    name = PaymentMethod.FIND_BY_CUSTOMER,
    query = "select m from PaymentMethod m where m.customer.id = :customerId order by m.code")
@NamedQuery(
    name = PaymentMethod.FIND_OWN,
    query = "select m from PaymentMethod m where m.id = :id and m.customer.id = :customerId")
@NamedQuery(
    name = PaymentMethod.COUNT_BY_CODE,
    query = "select count(m) from PaymentMethod m where m.code = :code")
public class PaymentMethod {

  public static final String FIND_BY_CODE = "PaymentMethod.findByCode";
  public static final String FIND_BY_CUSTOMER = "PaymentMethod.findByCustomer";

  /**
   * One method, only if it is the customer's: parameters {@code id} and {@code customerId}. Another
   * customer's method is not found, exactly like one that does not exist.
   */
  public static final String FIND_OWN = "PaymentMethod.findOwn";

  /** Whether a code is taken, by anyone; parameter {@code code}. */
  public static final String COUNT_BY_CODE = "PaymentMethod.countByCode";

  private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(name = "code", nullable = false, unique = true, length = 64)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private PaymentMethodKind kind;

  @Column(name = "brand", length = 50)
  private String brand;

  @Column(name = "last_four", length = 4)
  private String lastFour;

  @Column(name = "balance", precision = 14, scale = 2)
  private BigDecimal balance;

  @Column(name = "is_default", nullable = false)
  private boolean defaultMethod;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PaymentMethod() {}

  PaymentMethod(
      Customer customer,
      String code,
      PaymentMethodKind kind,
      String brand,
      String lastFour,
      BigDecimal balance) {
    this.customer = Require.present(customer, "customer");
    this.code = Require.text(code, "payment method code", 64);
    this.kind = Require.present(kind, "payment method kind");
    this.brand = Require.optionalText(brand, "card brand", 50);
    this.lastFour = validLastFour(lastFour);
    this.balance = validBalance(kind, balance);
    this.createdAt = DatabaseTime.now();
  }

  private String validLastFour(String digits) {
    if (kind != PaymentMethodKind.CREDIT_CARD) {
      return null;
    }
    if (digits == null || !LAST_FOUR.matcher(digits).matches()) {
      throw new IllegalArgumentException(
          "a credit card needs the last four digits of its number, was '" + digits + "'");
    }
    return digits;
  }

  private static BigDecimal validBalance(PaymentMethodKind kind, BigDecimal balance) {
    if (kind != PaymentMethodKind.GIFT_CARD) {
      if (balance != null) {
        throw new IllegalArgumentException("only gift cards carry a balance, not " + kind);
      }
      return null;
    }
    return Require.notNegative(Require.money(balance, "gift card balance"), "gift card balance");
  }

  /**
   * Takes a payment. A gift card's balance drops by the amount and may not go below zero; other
   * kinds are charged at the provider and accept any positive amount.
   */
  public void debit(BigDecimal amount) {
    BigDecimal value = Require.positive(Require.money(amount, "amount"), "amount");
    if (!isGiftCard()) {
      return;
    }
    if (balance.compareTo(value) < 0) {
      throw new IllegalStateException(
          "gift card " + code + " has a balance of " + balance + ", cannot pay " + value);
    }
    balance = balance.subtract(value);
  }

  /** Refunds a payment; a gift card's balance grows by the amount. */
  public void credit(BigDecimal amount) {
    BigDecimal value = Require.positive(Require.money(amount, "amount"), "amount");
    if (isGiftCard()) {
      balance = balance.add(value);
    }
  }

  /** Whether {@link #debit} would accept this amount now. */
  public boolean canCover(BigDecimal amount) {
    return amount != null
        && amount.signum() > 0
        && (!isGiftCard() || balance.compareTo(amount) >= 0);
  }

  public boolean isGiftCard() {
    return kind == PaymentMethodKind.GIFT_CARD;
  }

  void markDefault(boolean isDefault) {
    this.defaultMethod = isDefault;
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getCode() {
    return code;
  }

  public PaymentMethodKind getKind() {
    return kind;
  }

  public String getBrand() {
    return brand;
  }

  public String getLastFour() {
    return lastFour;
  }

  /** The gift card balance; null for other kinds. */
  public BigDecimal getBalance() {
    return balance;
  }

  public boolean isDefault() {
    return defaultMethod;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return "PaymentMethod[" + code + " " + kind + "]";
  }
}
