package com.shopassistant.cart;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON of a cart. Amounts are numbers with two decimals. {@code voucher} is always present
 * ({@code null} without one) and {@code discount} always a number, so that priced vouchers, when
 * they come, change values and not the shape.
 *
 * @param lines the lines, oldest first
 * @param itemCount units over all lines
 * @param subtotal the lines' totals added up
 * @param discount what the voucher takes off (0.00 until vouchers are priced)
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
   */
  @JsonbNillable
  @JsonbPropertyOrder({"code", "description"})
  public record VoucherView(String code, String description) {

    static VoucherView of(CartContents.AppliedVoucher voucher) {
      return new VoucherView(voucher.code(), voucher.description());
    }
  }
}
