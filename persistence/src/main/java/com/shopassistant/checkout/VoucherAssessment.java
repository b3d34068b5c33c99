package com.shopassistant.checkout;

import java.math.BigDecimal;

/**
 * A voucher judged against one cart at one moment: what it takes off, or why it does not apply.
 *
 * @param code the voucher's code, upper case
 * @param description what it promises, or null
 * @param discount what it takes off the subtotal, two decimals; 0.00 when it does not apply
 * @param refusal why it does not apply, or null when it does
 */
public record VoucherAssessment(
    String code, String description, BigDecimal discount, VoucherRefusal refusal) {

  public boolean applies() {
    return refusal == null;
  }
}
