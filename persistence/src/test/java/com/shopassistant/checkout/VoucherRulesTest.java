package com.shopassistant.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.checkout.VoucherRefusal.Reason;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A voucher's discount arithmetic and the rules that decide whether it applies. */
class VoucherRulesTest {

  private static final OffsetDateTime FROM =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime DURING = FROM.plusDays(3);

  private static Voucher percent(String value) {
    return new Voucher("pct", "percent", DiscountType.PERCENTAGE, new BigDecimal(value), FROM);
  }

  private static Voucher fixed(String value) {
    return new Voucher("fix", "fixed", DiscountType.FIXED_AMOUNT, new BigDecimal(value), FROM);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void aPercentageIsRoundedHalfUpToCents() {
    assertThat(percent("10").discountOn(money("183.52"))).isEqualTo(money("18.35"));
    assertThat(percent("10").discountOn(money("0.05"))).isEqualTo(money("0.01")); // 0.005 up
    assertThat(percent("10").discountOn(money("0.04"))).isEqualTo(money("0.00")); // 0.004 down
    assertThat(percent("15").discountOn(money("33.30"))).isEqualTo(money("5.00")); // 4.995 up
    assertThat(percent("12.5").discountOn(money("10.00"))).isEqualTo(money("1.25"));
  }

  @Test
  void aHundredPercentTakesTheWholeSubtotal() {
    assertThat(percent("100").discountOn(money("47.84"))).isEqualTo(money("47.84"));
  }

  @Test
  void aPercentageIsCappedAtTheMaximumDiscount() {
    Voucher hemat10 = percent("10");
    hemat10.capAt(money("25"));

    assertThat(hemat10.discountOn(money("200.00"))).isEqualTo(money("20.00"));
    assertThat(hemat10.discountOn(money("250.00"))).isEqualTo(money("25.00"));
    assertThat(hemat10.discountOn(money("999.99"))).isEqualTo(money("25.00"));
  }

  @Test
  void aFixedAmountIsTakenAsItIsButNeverMoreThanTheSubtotalOrTheCap() {
    assertThat(fixed("5").discountOn(money("20.00"))).isEqualTo(money("5.00"));
    assertThat(fixed("5").discountOn(money("3.20"))).isEqualTo(money("3.20"));
    assertThat(fixed("5").discountOn(money("0.00"))).isEqualTo(money("0.00"));
    Voucher capped = fixed("30");
    capped.capAt(money("12.50"));
    assertThat(capped.discountOn(money("100.00"))).isEqualTo(money("12.50"));
  }

  @Test
  void discountsHaveTwoDecimalsAndRefuseANegativeSubtotal() {
    assertThat(percent("10").discountOn(money("100")).scale()).isEqualTo(2);
    assertThat(fixed("5").discountOn(money("100")).scale()).isEqualTo(2);
    assertThatThrownBy(() -> fixed("5").discountOn(money("-1.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aVoucherWithinItsRulesApplies() {
    Voucher voucher = percent("10");
    voucher.requireMinSpend(money("50"));
    voucher.limitTo(100, 1);
    voucher.validUntil(FROM.plusDays(30));

    assertThat(voucher.refusalAt(DURING, money("50.00"), 0)).isEmpty();
    VoucherAssessment assessment = voucher.assess(DURING, money("60.00"), 0);
    assertThat(assessment.applies()).isTrue();
    assertThat(assessment.discount()).isEqualTo(money("6.00"));
    assertThat(assessment.code()).isEqualTo("PCT");
    assertThat(assessment.description()).isEqualTo("percent");
  }

  @Test
  void belowTheMinimumSpendItSaysHowMuchMoreIsNeeded() {
    Voucher voucher = percent("10");
    voucher.requireMinSpend(money("50"));

    VoucherRefusal refusal = voucher.refusalAt(DURING, money("37.66"), 0).orElseThrow();

    assertThat(refusal.reason()).isEqualTo(Reason.MIN_SPEND_NOT_MET);
    assertThat(refusal.message())
        .isEqualTo(
            "Voucher PCT needs a subtotal of at least 50.00; the cart's is 37.66,"
                + " so add 12.34 more.");
  }

  @Test
  void beforeItsStartItIsNotYetValidAndFromItsEndItHasExpired() {
    Voucher voucher = percent("10");
    voucher.validUntil(FROM.plusDays(7));

    assertThat(voucher.refusalAt(FROM.minusSeconds(1), money("10.00"), 0))
        .map(VoucherRefusal::reason)
        .contains(Reason.NOT_YET_VALID);
    assertThat(voucher.refusalAt(FROM.minusSeconds(1), money("10.00"), 0).orElseThrow().message())
        .contains("from 2026-01-01 00:00 UTC");
    assertThat(voucher.refusalAt(FROM, money("10.00"), 0)).isEmpty();
    assertThat(voucher.refusalAt(FROM.plusDays(7).minusNanos(1000), money("10.00"), 0)).isEmpty();
    VoucherRefusal expired = voucher.refusalAt(FROM.plusDays(7), money("10.00"), 0).orElseThrow();
    assertThat(expired.reason()).isEqualTo(Reason.EXPIRED);
    assertThat(expired.message()).isEqualTo("Voucher PCT expired on 2026-01-08 00:00 UTC.");
  }

  @Test
  void aSwitchedOffVoucherIsInactive() {
    Voucher voucher = percent("10");
    voucher.deactivate();

    assertThat(voucher.refusalAt(DURING, money("10.00"), 0))
        .map(VoucherRefusal::reason)
        .contains(Reason.INACTIVE);
  }

  @Test
  void theTotalLimitCountsEveryonesUses() {
    Voucher voucher = percent("10");
    voucher.limitTo(2, null);
    voucher.recordUse();
    assertThat(voucher.refusalAt(DURING, money("10.00"), 0)).isEmpty();

    voucher.recordUse();

    VoucherRefusal refusal = voucher.refusalAt(DURING, money("10.00"), 0).orElseThrow();
    assertThat(refusal.reason()).isEqualTo(Reason.USAGE_LIMIT_REACHED);
    assertThat(refusal.message()).contains("used 2 times");
  }

  @Test
  void thePerCustomerLimitCountsThatCustomersUses() {
    Voucher voucher = fixed("5");
    voucher.limitTo(null, 2);

    assertThat(voucher.refusalAt(DURING, money("10.00"), 1)).isEmpty();
    VoucherRefusal refusal = voucher.refusalAt(DURING, money("10.00"), 2).orElseThrow();
    assertThat(refusal.reason()).isEqualTo(Reason.CUSTOMER_LIMIT_REACHED);
    assertThat(refusal.message())
        .isEqualTo(
            "You have already used voucher FIX 2 times; it can be used 2 times per customer.");
  }

  @Test
  void theMinimumSpendIsNamedOnlyWhenNothingElseStandsInTheWay() {
    Voucher voucher = percent("10");
    voucher.requireMinSpend(money("50"));
    voucher.limitTo(null, 1);
    voucher.validUntil(FROM.plusDays(1));

    assertThat(voucher.refusalAt(DURING, money("1.00"), 1))
        .map(VoucherRefusal::reason)
        .contains(Reason.EXPIRED);
    assertThat(voucher.refusalAt(FROM, money("1.00"), 1))
        .map(VoucherRefusal::reason)
        .contains(Reason.CUSTOMER_LIMIT_REACHED);
    assertThat(voucher.refusalAt(FROM, money("1.00"), 0))
        .map(VoucherRefusal::reason)
        .contains(Reason.MIN_SPEND_NOT_MET);
  }

  @Test
  void aRefusedAssessmentTakesNothingOff() {
    Voucher voucher = fixed("5");
    voucher.requireMinSpend(money("20"));

    VoucherAssessment assessment = voucher.assess(DURING, money("19.99"), 0);

    assertThat(assessment.applies()).isFalse();
    assertThat(assessment.discount()).isEqualTo(money("0.00"));
    assertThat(assessment.refusal().reason()).isEqualTo(Reason.MIN_SPEND_NOT_MET);
  }
}
