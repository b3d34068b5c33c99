package com.shopassistant.checkout;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * A discount code. It keeps what must always hold (a positive value, a percentage of at most 100, a
 * validity window that ends after it starts, a use count that never passes the total limit) and
 * owns its rules: whether it applies to a subtotal at an instant ({@link #refusalAt}) and what it
 * takes off ({@link #discountOn}). How often a customer used it is counted by the caller, from
 * {@link VoucherRedemption} rows.
 */
@Entity
@Table(name = "voucher")
@NamedQuery(
    name = Voucher.FIND_BY_CODE,
    query = "select v from Voucher v where v.code = upper(:code)")
@NamedQuery(
    name = Voucher.FIND_ACTIVE,
    query = "select v from Voucher v where v.active = true order by v.code")
@NamedQuery(name = Voucher.COUNT, query = "select count(v) from Voucher v")
public class Voucher {

  /** Parameter {@code code}, matched case-insensitively (codes are stored upper-case). */
  public static final String FIND_BY_CODE = "Voucher.findByCode";

  public static final String FIND_ACTIVE = "Voucher.findActive";
  public static final String COUNT = "Voucher.count";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 64)
  private String code;

  @Column(name = "description", length = 500)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "discount_type", nullable = false, length = 20)
  private DiscountType discountType;

  @Column(name = "discount_value", nullable = false, precision = 14, scale = 2)
  private BigDecimal discountValue;

  @Column(name = "max_discount", precision = 14, scale = 2)
  private BigDecimal maxDiscount;

  @Column(name = "min_spend", nullable = false, precision = 14, scale = 2)
  private BigDecimal minSpend;

  @Column(name = "valid_from", nullable = false)
  private OffsetDateTime validFrom;

  @Column(name = "valid_until")
  private OffsetDateTime validUntil;

  @Column(name = "usage_limit_total")
  private Integer usageLimitTotal;

  @Column(name = "usage_limit_per_customer")
  private Integer usageLimitPerCustomer;

  @Column(name = "times_used", nullable = false)
  private int timesUsed;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Voucher() {}

  /**
   * An active voucher valid from {@code validFrom} (now when null), without end, minimum spend or
   * usage limits; set those with {@link #limitTo}, {@link #requireMinSpend}, {@link #capAt}.
   */
  public Voucher(
      String code,
      String description,
      DiscountType type,
      BigDecimal value,
      OffsetDateTime validFrom) {
    this.code = Require.text(code, "voucher code", 64).toUpperCase(Locale.ROOT);
    this.description = Require.optionalText(description, "voucher description", 500);
    this.discountType = Require.present(type, "discount type");
    this.discountValue = Require.positive(Require.money(value, "discount value"), "discount value");
    if (type == DiscountType.PERCENTAGE && discountValue.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a percentage discount is at most 100, was " + value);
    }
    this.minSpend = Require.money(BigDecimal.ZERO, "minimum spend");
    this.validFrom = validFrom == null ? DatabaseTime.now() : DatabaseTime.normalize(validFrom);
    this.active = true;
  }

  /** Ends validity at {@code until} (exclusive); null means open-ended. */
  public void validUntil(OffsetDateTime until) {
    if (until != null && !until.isAfter(validFrom)) {
      throw new IllegalArgumentException("a voucher must end after it starts (" + validFrom + ")");
    }
    this.validUntil = DatabaseTime.normalize(until);
  }

  /** Sets the usage limits; null means unlimited. */
  public void limitTo(Integer total, Integer perCustomer) {
    if (total != null && Require.atLeast(total, 1, "total usage limit") < timesUsed) {
      throw new IllegalArgumentException(
          "voucher " + code + " was already used " + timesUsed + " times, above " + total);
    }
    if (perCustomer != null) {
      Require.atLeast(perCustomer, 1, "per-customer usage limit");
    }
    this.usageLimitTotal = total;
    this.usageLimitPerCustomer = perCustomer;
  }

  public void requireMinSpend(BigDecimal amount) {
    this.minSpend = Require.notNegative(Require.money(amount, "minimum spend"), "minimum spend");
  }

  /** Caps a percentage discount at an amount; null removes the cap. */
  public void capAt(BigDecimal amount) {
    this.maxDiscount =
        amount == null
            ? null
            : Require.positive(Require.money(amount, "max discount"), "max discount");
  }

  /** Switched on and inside its validity window at {@code instant}. */
  public boolean isActiveAt(OffsetDateTime instant) {
    return active
        && !instant.isBefore(validFrom)
        && (validUntil == null || instant.isBefore(validUntil));
  }

  /** True while the total usage limit, if any, has not been reached. */
  public boolean hasUsesLeft() {
    return usageLimitTotal == null || timesUsed < usageLimitTotal;
  }

  /** Counts one redemption; refuses once the total limit is reached. */
  public void recordUse() {
    if (!hasUsesLeft()) {
      throw new IllegalStateException(
          "voucher " + code + " has reached its limit of " + usageLimitTotal + " uses");
    }
    timesUsed++;
  }

  /**
   * What this voucher takes off {@code subtotal}: a percentage of it rounded HALF_UP to cents, or
   * the fixed amount; then at most {@code max_discount} when set, and never more than the subtotal.
   */
  public BigDecimal discountOn(BigDecimal subtotal) {
    BigDecimal base = Require.notNegative(Require.money(subtotal, "subtotal"), "subtotal");
    BigDecimal discount =
        discountType == DiscountType.PERCENTAGE
            ? base.multiply(discountValue).divide(HUNDRED, 2, RoundingMode.HALF_UP)
            : discountValue;
    if (maxDiscount != null) {
      discount = discount.min(maxDiscount);
    }
    return discount.min(base);
  }

  /**
   * Why this voucher does not apply at {@code at} to a cart of {@code subtotal} for a customer who
   * used it {@code usesByCustomer} times already; empty when it applies. The rules are checked in
   * the order of {@link VoucherRefusal.Reason}, so the minimum spend, the one a customer can fix by
   * adding to the cart, is named only when nothing else stands in the way.
   */
  public Optional<VoucherRefusal> refusalAt(
      OffsetDateTime at, BigDecimal subtotal, long usesByCustomer) {
    if (!active) {
      return Optional.of(VoucherRefusal.inactive(this));
    }
    if (at.isBefore(validFrom)) {
      return Optional.of(VoucherRefusal.notYetValid(this));
    }
    if (validUntil != null && !at.isBefore(validUntil)) {
      return Optional.of(VoucherRefusal.expired(this));
    }
    if (!hasUsesLeft()) {
      return Optional.of(VoucherRefusal.usageLimitReached(this));
    }
    if (usageLimitPerCustomer != null && usesByCustomer >= usageLimitPerCustomer) {
      return Optional.of(VoucherRefusal.customerLimitReached(this, usesByCustomer));
    }
    if (subtotal.compareTo(minSpend) < 0) {
      return Optional.of(VoucherRefusal.minSpendNotMet(this, Require.money(subtotal, "subtotal")));
    }
    return Optional.empty();
  }

  /** {@link #refusalAt} and {@link #discountOn} together: the voucher as a cart shows it. */
  public VoucherAssessment assess(OffsetDateTime at, BigDecimal subtotal, long usesByCustomer) {
    Optional<VoucherRefusal> refusal = refusalAt(at, subtotal, usesByCustomer);
    BigDecimal discount =
        refusal.isPresent() ? Require.money(BigDecimal.ZERO, "discount") : discountOn(subtotal);
    return new VoucherAssessment(code, description, discount, refusal.orElse(null));
  }

  public void activate() {
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getDescription() {
    return description;
  }

  public DiscountType getDiscountType() {
    return discountType;
  }

  public BigDecimal getDiscountValue() {
    return discountValue;
  }

  public BigDecimal getMaxDiscount() {
    return maxDiscount;
  }

  public BigDecimal getMinSpend() {
    return minSpend;
  }

  public OffsetDateTime getValidFrom() {
    return validFrom;
  }

  public OffsetDateTime getValidUntil() {
    return validUntil;
  }

  public Integer getUsageLimitTotal() {
    return usageLimitTotal;
  }

  public Integer getUsageLimitPerCustomer() {
    return usageLimitPerCustomer;
  }

  public int getTimesUsed() {
    return timesUsed;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return "Voucher[" + code + "]";
  }
}
