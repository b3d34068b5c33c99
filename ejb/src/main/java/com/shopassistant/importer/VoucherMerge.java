package com.shopassistant.importer;

import com.shopassistant.checkout.Voucher;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides and applies what changes when a voucher record meets its stored entity; pure like {@link
 * CatalogMerge}. The use count is the store's and never imported.
 */
final class VoucherMerge {

  private VoucherMerge() {}

  static Voucher create(VoucherRecord r) {
    Voucher v =
        new Voucher(r.code(), r.description(), r.discountType(), r.discountValue(), r.validFrom());
    v.validUntil(r.validUntil());
    v.limitTo(r.usageLimitTotal(), r.usageLimitPerCustomer());
    v.requireMinSpend(r.minSpend());
    v.capAt(r.maxDiscount());
    return v;
  }

  /** Applies the terms a stored voucher can change: end, limits, minimum spend and cap. */
  static RowOutcome update(Voucher v, VoucherRecord r) {
    boolean changed = false;
    if (!sameInstant(v.getValidUntil(), r.validUntil())) {
      v.validUntil(r.validUntil());
      changed = true;
    }
    if (!Objects.equals(v.getUsageLimitTotal(), r.usageLimitTotal())
        || !Objects.equals(v.getUsageLimitPerCustomer(), r.usageLimitPerCustomer())) {
      v.limitTo(r.usageLimitTotal(), r.usageLimitPerCustomer());
      changed = true;
    }
    if (!sameAmount(v.getMinSpend(), r.minSpend())) {
      v.requireMinSpend(r.minSpend());
      changed = true;
    }
    if (!sameAmount(v.getMaxDiscount(), r.maxDiscount())) {
      v.capAt(r.maxDiscount());
      changed = true;
    }
    return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
  }

  /**
   * The terms in which a stored voucher differs from the record but that the entity fixes at
   * creation (what a customer was promised); the caller reports them.
   */
  static List<String> fixedDifferences(Voucher v, VoucherRecord r) {
    List<String> fields = new ArrayList<>();
    if (!Objects.equals(v.getDescription(), r.description())) {
      fields.add("description");
    }
    if (v.getDiscountType() != r.discountType()
        || !sameAmount(v.getDiscountValue(), r.discountValue())) {
      fields.add("discount");
    }
    if (!sameInstant(v.getValidFrom(), r.validFrom())) {
      fields.add("valid_from");
    }
    return fields;
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b == null : b != null && a.isEqual(b);
  }
}
