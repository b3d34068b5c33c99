package com.shopassistant.cart;

import com.shopassistant.api.Problem;
import com.shopassistant.checkout.VoucherException;
import com.shopassistant.checkout.VoucherExceptionMapper;
import com.shopassistant.checkout.VoucherRefusal;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON of a cart. Amounts are numbers with two decimals. {@code voucher} is always present
 * ({@code null} without one) and {@code discount} always a number. A voucher that no longer applies
 * to the cart as it is stays on it with {@code applies: false} and the reason, and takes nothing
 * off.
 *
 * @param lines the lines, oldest first
 * @param itemCount units over all lines
 * @param subtotal the lines' totals added up
 * @param discount what the voucher takes off (0.00 without one, or when it does not apply)
 * @param voucher the voucher on the cart, or null
 * @param total subtotal minus discount
 * @param currency ISO 4217 code of every amount
 */
@JsonbNillable
@JsonbPropertyOrder({"lines", "itemCount", "subtotal", "discount", "voucher", "total", "currency"})
public record CartView(
    List<CartLineView> lines,
    int itemCount,
    BigDecimal subtotal,
    BigDecimal discount,
    VoucherView voucher,
    BigDecimal total,
    String currency) {

  static CartView of(CartContents contents) {
    return new CartView(
        contents.lines().stream().map(CartLineView::of).toList(),
        contents.itemCount(),
        contents.subtotal(),
        contents.discount(),
        contents.voucher() == null ? null : VoucherView.of(contents.voucher()),
        contents.total(),
        contents.currency());
  }

  /**
   * The voucher on a cart.
   *
   * @param code its code, upper case
   * @param description what it promises, or null
   * @param applies whether its discount is taken off the cart as it is now
   * @param reason why it does not apply, for the customer; null when it applies
   * @param reasonType the problem type applying it now would be refused with (e.g. {@code
   *     urn:shop-assistant:problem:voucher-min-spend-not-met}); null when it applies
   */
  @JsonbNillable
  @JsonbPropertyOrder({"code", "description", "applies", "reason", "reasonType"})
  public record VoucherView(
      String code, String description, boolean applies, String reason, String reasonType) {

    static VoucherView of(CartContents.AppliedVoucher voucher) {
      return new VoucherView(
          voucher.code(),
          voucher.description(),
          voucher.applies(),
          voucher.reason(),
          voucher.refusedFor() == null ? null : typeOf(voucher.refusedFor()));
    }

    private static String typeOf(VoucherRefusal.Reason reason) {
      return Problem.TYPE_PREFIX
          + VoucherExceptionMapper.answerFor(VoucherException.Kind.of(reason)).slug();
    }
  }
}
