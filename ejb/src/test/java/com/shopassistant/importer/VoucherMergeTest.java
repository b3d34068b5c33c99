package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.checkout.DiscountType;
import com.shopassistant.checkout.Voucher;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VoucherMergeTest {

  private static final OffsetDateTime FROM =
      OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private final VoucherRecord hemat =
      new VoucherRecord(
          "HEMAT10",
          "10% off",
          DiscountType.PERCENTAGE,
          money("10"),
          money("25"),
          money("50"),
          FROM,
          null,
          null,
          null);

  @Test
  void createsTheVoucherWithAllItsTerms() {
    Voucher v = VoucherMerge.create(hemat);

    assertThat(v.getCode()).isEqualTo("HEMAT10");
    assertThat(v.getMaxDiscount()).isEqualByComparingTo("25");
    assertThat(v.getMinSpend()).isEqualByComparingTo("50");
    assertThat(v.getValidFrom()).isEqualTo(FROM);
    assertThat(VoucherMerge.update(v, hemat)).isEqualTo(RowOutcome.UNCHANGED);
    assertThat(VoucherMerge.fixedDifferences(v, hemat)).isEmpty();
  }

  @Test
  void updatesEndLimitsAndSpendButKeepsUseCount() {
    Voucher v = VoucherMerge.create(hemat);
    v.recordUse();
    VoucherRecord tighter =
        new VoucherRecord(
            "HEMAT10",
            "10% off",
            DiscountType.PERCENTAGE,
            money("10"),
            null,
            money("60"),
            FROM,
            FROM.plusMonths(6),
            50,
            1);

    assertThat(VoucherMerge.update(v, tighter)).isEqualTo(RowOutcome.UPDATED);
    assertThat(v.getValidUntil()).isEqualTo(FROM.plusMonths(6));
    assertThat(v.getUsageLimitTotal()).isEqualTo(50);
    assertThat(v.getUsageLimitPerCustomer()).isEqualTo(1);
    assertThat(v.getMinSpend()).isEqualByComparingTo("60");
    assertThat(v.getMaxDiscount()).isNull();
    assertThat(v.getTimesUsed()).isEqualTo(1);
  }

  @Test
  void reportsTermsFixedAtCreation() {
    Voucher v = VoucherMerge.create(hemat);
    VoucherRecord richer =
        new VoucherRecord(
            "HEMAT10",
            "20% off",
            DiscountType.PERCENTAGE,
            money("20"),
            money("25"),
            money("50"),
            FROM.minusDays(1),
            null,
            null,
            null);

    assertThat(VoucherMerge.fixedDifferences(v, richer))
        .containsExactly("description", "discount", "valid_from");
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount).setScale(2);
  }
}
