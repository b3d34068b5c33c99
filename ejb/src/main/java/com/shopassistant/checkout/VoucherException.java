package com.shopassistant.checkout;

import jakarta.ejb.ApplicationException;

/**
 * A voucher that cannot be used: unknown, or refused by one of its rules. Nothing was changed. The
 * {@link Kind} says which rule (the API answers each with its own problem type); the message says
 * it for the customer, naming the code and the numbers involved.
 */
@ApplicationException(rollback = true)
public class VoucherException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the voucher cannot be used. */
  public enum Kind {
    /** No voucher has this code. */
    NOT_FOUND,
    INACTIVE,
    NOT_YET_VALID,
    EXPIRED,
    USAGE_LIMIT_REACHED,
    CUSTOMER_LIMIT_REACHED,
    MIN_SPEND_NOT_MET;

    /** The kind of a voucher rule's refusal. */
    public static Kind of(VoucherRefusal.Reason reason) {
      return valueOf(reason.name());
    }
  }

  private final Kind kind;

  public VoucherException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static VoucherException notFound(String code) {
    String shown = code == null || code.isBlank() ? "an empty code" : "code " + code.strip();
    return new VoucherException(Kind.NOT_FOUND, "There is no voucher with " + shown + ".");
  }

  static VoucherException refused(VoucherRefusal refusal) {
    return new VoucherException(Kind.of(refusal.reason()), refusal.message());
  }
}
