package com.shopassistant.checkout;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Why a voucher does not apply to a cart now, with a message for the customer that names the code
 * and the numbers involved (how much more to spend, when it starts or ended).
 *
 * @param reason which rule refused it
 * @param message the refusal in words, safe to show to the customer
 */
public record VoucherRefusal(Reason reason, String message) {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The rules a voucher can break, in the order {@link Voucher#refusalAt} checks them. */
  public enum Reason {
    /** Switched off by the store. */
    INACTIVE,
    /** Its validity starts later. */
    NOT_YET_VALID,
    /** Its validity has ended. */
    EXPIRED,
    /** Used as often as its total limit allows, by all customers together. */
    USAGE_LIMIT_REACHED,
    /** This customer has used it as often as the per-customer limit allows. */
    CUSTOMER_LIMIT_REACHED,
    /** The subtotal is below the voucher's minimum spend. */
    MIN_SPEND_NOT_MET
  }

  static VoucherRefusal inactive(Voucher voucher) {
    return new VoucherRefusal(
        Reason.INACTIVE, "Voucher " + voucher.getCode() + " is not active at the moment.");
  }

  static VoucherRefusal notYetValid(Voucher voucher) {
    return new VoucherRefusal(
        Reason.NOT_YET_VALID,
        "Voucher "
            + voucher.getCode()
            + " can be used from "
            + utc(voucher.getValidFrom())
            + " on.");
  }

  static VoucherRefusal expired(Voucher voucher) {
    return new VoucherRefusal(
        Reason.EXPIRED,
        "Voucher " + voucher.getCode() + " expired on " + utc(voucher.getValidUntil()) + ".");
  }

  static VoucherRefusal usageLimitReached(Voucher voucher) {
    return new VoucherRefusal(
        Reason.USAGE_LIMIT_REACHED,
        "Voucher "
            + voucher.getCode()
            + " has been used "
            + voucher.getUsageLimitTotal()
            + " times, as often as it can be.");
  }

  static VoucherRefusal customerLimitReached(Voucher voucher, long uses) {
    int limit = voucher.getUsageLimitPerCustomer();
    return new VoucherRefusal(
        Reason.CUSTOMER_LIMIT_REACHED,
        "You have already used voucher "
            + voucher.getCode()
            + " "
            + times(uses)
            + "; it can be used "
            + times(limit)
            + " per customer.");
  }

  static VoucherRefusal minSpendNotMet(Voucher voucher, BigDecimal subtotal) {
    BigDecimal missing = voucher.getMinSpend().subtract(subtotal);
    return new VoucherRefusal(
        Reason.MIN_SPEND_NOT_MET,
        "Voucher "
            + voucher.getCode()
            + " needs a subtotal of at least "
            + voucher.getMinSpend().toPlainString()
            + "; the cart's is "
            + subtotal.toPlainString()
            + ", so add "
            + missing.toPlainString()
            + " more.");
  }

  private static String times(long count) {
    return count == 1 ? "once" : count + " times";
  }

  private static String utc(OffsetDateTime instant) {
    return instant.withOffsetSameInstant(ZoneOffset.UTC).format(WHEN) + " UTC";
  }
}
