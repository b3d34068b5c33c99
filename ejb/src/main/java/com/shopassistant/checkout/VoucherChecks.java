package com.shopassistant.checkout;

import com.shopassistant.ops.DatabaseTime;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks vouchers up and judges them for a customer's cart, for the cart (apply, view) and for
 * checkout (quote, confirm), so all four apply the same rules at the same moment's clock. The
 * per-customer limit counts the customer's {@link VoucherRedemption} rows.
 */
public final class VoucherChecks {

  /** The {@code code} column's width: nothing longer can be a voucher code. */
  static final int MAX_CODE_LENGTH = 64;

  private VoucherChecks() {}

  /** The voucher with this code, compared ignoring case and surrounding blanks. */
  public static Optional<Voucher> find(EntityManager em, String code) {
    String wanted = code == null ? "" : code.strip();
    if (wanted.isEmpty() || wanted.length() > MAX_CODE_LENGTH) {
      return Optional.empty();
    }
    return em.createNamedQuery(Voucher.FIND_BY_CODE, Voucher.class)
        .setParameter("code", wanted.toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** The voucher with this code, or {@link VoucherException.Kind#NOT_FOUND}. */
  public static Voucher require(EntityManager em, String code) throws VoucherException {
    return find(em, code).orElseThrow(() -> VoucherException.notFound(code));
  }

  /** How often the customer has used the voucher on orders. */
  public static long usesBy(EntityManager em, Voucher voucher, long customerId) {
    return em.createNamedQuery(VoucherRedemption.COUNT_BY_VOUCHER_AND_CUSTOMER, Long.class)
        .setParameter("voucherId", voucher.getId())
        .setParameter("customerId", customerId)
        .getSingleResult();
  }

  /** The voucher judged for the customer's cart of {@code subtotal}, now. */
  public static VoucherAssessment assess(
      EntityManager em, Voucher voucher, long customerId, BigDecimal subtotal) {
    return voucher.assess(DatabaseTime.now(), subtotal, usesBy(em, voucher, customerId));
  }

  /** Like {@link #assess}, refusing a voucher that does not apply. */
  public static VoucherAssessment requireApplies(
      EntityManager em, Voucher voucher, long customerId, BigDecimal subtotal)
      throws VoucherException {
    VoucherAssessment assessment = assess(em, voucher, customerId, subtotal);
    if (!assessment.applies()) {
      throw VoucherException.refused(assessment.refusal());
    }
    return assessment;
  }
}
