package com.shopassistant.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VoucherTest {

  private static final OffsetDateTime FROM =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private Voucher tenPercent() {
    return new Voucher("save10", "10% off", DiscountType.PERCENTAGE, new BigDecimal("10"), FROM);
  }

  @Test
  void codeIsUpperCase() {
    assertThat(tenPercent().getCode()).isEqualTo("SAVE10");
  }

  @Test
  void activeFromTheStartUntilJustBeforeTheEnd() {
    Voucher voucher = tenPercent();
    voucher.validUntil(FROM.plusDays(7));

    assertThat(voucher.isActiveAt(FROM.minusNanos(1000))).isFalse();
    assertThat(voucher.isActiveAt(FROM)).isTrue();
    assertThat(voucher.isActiveAt(FROM.plusDays(7).minusSeconds(1))).isTrue();
    assertThat(voucher.isActiveAt(FROM.plusDays(7))).isFalse();
  }

  @Test
  void aSwitchedOffVoucherIsNeverActive() {
    Voucher voucher = tenPercent();

    voucher.deactivate();

    assertThat(voucher.isActiveAt(FROM.plusDays(1))).isFalse();
  }

  @Test
  void validityMustEndAfterItStarts() {
    Voucher voucher = tenPercent();

    assertThatThrownBy(() -> voucher.validUntil(FROM)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void discountValueIsPositiveAndAPercentageAtMostHundred() {
    assertThatThrownBy(
            () -> new Voucher("X", null, DiscountType.FIXED_AMOUNT, BigDecimal.ZERO, FROM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Voucher("X", null, DiscountType.PERCENTAGE, new BigDecimal("100.01"), FROM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100");
  }

  @Test
  void usesStopAtTheTotalLimit() {
    Voucher voucher = tenPercent();
    voucher.limitTo(2, 1);

    voucher.recordUse();
    voucher.recordUse();

    assertThat(voucher.hasUsesLeft()).isFalse();
    assertThatThrownBy(voucher::recordUse).isInstanceOf(IllegalStateException.class);
    assertThat(voucher.getTimesUsed()).isEqualTo(2);
  }

  @Test
  void theLimitCannotDropBelowTheUsesSoFar() {
    Voucher voucher = tenPercent();
    voucher.recordUse();
    voucher.recordUse();

    assertThatThrownBy(() -> voucher.limitTo(1, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void minSpendAndCapAreMoney() {
    Voucher voucher = tenPercent();

    assertThatThrownBy(() -> voucher.requireMinSpend(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> voucher.capAt(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    voucher.capAt(new BigDecimal("25"));
    assertThat(voucher.getMaxDiscount()).isEqualTo(new BigDecimal("25.00"));
  }

  @Test
  void redemptionCountsAUse() {
    Voucher voucher = tenPercent();
    voucher.limitTo(1, null);
    Customer customer = Customer.guest("guest-1");
    PostalAddress to = new PostalAddress("1 Main St", null, "Denver", null, null, "USA");
    CustomerOrder order = new CustomerOrder("#W1", customer, to, "USD", null);

    VoucherRedemption.redeem(voucher, customer, order);

    assertThat(voucher.getTimesUsed()).isEqualTo(1);
    assertThatThrownBy(() -> VoucherRedemption.redeem(voucher, customer, order))
        .isInstanceOf(IllegalStateException.class);
  }
}
