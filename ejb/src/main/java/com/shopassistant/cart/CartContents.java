package com.shopassistant.cart;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.checkout.VoucherAssessment;
import com.shopassistant.checkout.VoucherRefusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SortedMap;

/**
 * A cart as the caller sees it, read inside the service's transaction so no entity leaves it: lines
 * at today's prices and stock, and the totals.
 *
 * <p>A voucher on the cart is judged on every read: when the cart no longer meets its rules (a line
 * was removed and the subtotal fell below the minimum spend, the voucher expired...) it stays on
 * the cart but {@code voucher.applies} is false with the reason, and the discount is zero.
 *
 * @param lines the lines, oldest first
 * @param itemCount units over all lines
 * @param subtotal the lines' totals added up, before any discount
 * @param discount what the voucher takes off; 0.00 without one or when it does not apply
 * @param total what the cart costs: subtotal minus discount, never below zero
 * @param currency ISO 4217 code of every amount
 * @param voucher the voucher on the cart, or null
 */
public record CartContents(
    List<Line> lines,
    int itemCount,
    BigDecimal subtotal,
    BigDecimal discount,
    BigDecimal total,
    String currency,
    AppliedVoucher voucher) {

  /** The store's catalog prices carry no currency of their own; its orders are in US dollars. */
  public static final String CURRENCY = "USD";

  private static final BigDecimal NOTHING = money(BigDecimal.ZERO);

  /** The cart of a customer who has none yet. */
  public static final CartContents EMPTY =
      new CartContents(List.of(), 0, NOTHING, NOTHING, NOTHING, CURRENCY, null);

  public CartContents {
    lines = List.copyOf(lines);
  }

  /**
   * The contents of {@code cart}, priced from its variants as they are loaded now, with {@code
   * voucher} judged for it (null when no voucher is considered).
   */
  public static CartContents of(Cart cart, VoucherAssessment voucher) {
    BigDecimal subtotal = money(cart.subtotal());
    BigDecimal discount = voucher == null ? NOTHING : money(voucher.discount());
    BigDecimal total = subtotal.subtract(discount).max(NOTHING);
    return new CartContents(
        cart.getLines().stream().map(Line::of).toList(),
        cart.itemCount(),
        subtotal,
        discount,
        total,
        CURRENCY,
        voucher == null ? null : AppliedVoucher.of(voucher));
  }

  /** Amounts at the scale of the money columns; prices have two decimals, so nothing rounds. */
  public static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * One line of the cart.
   *
   * @param id the line id, used to change or remove it
   * @param variantId the variant's id
   * @param itemCode the variant's item code
   * @param productCode the product's code
   * @param productName the product's name
   * @param options the variant's options by name (color, size...)
   * @param unitPrice today's price of one unit
   * @param quantity units in the line
   * @param lineTotal unit price times quantity
   * @param availableStock units that could be bought now (0 when the product is withdrawn)
   * @param purchasable whether the line can be bought as it is: still sold and enough in stock
   */
  public record Line(
      Long id,
      Long variantId,
      String itemCode,
      String productCode,
      String productName,
      SortedMap<String, String> options,
      BigDecimal unitPrice,
      int quantity,
      BigDecimal lineTotal,
      int availableStock,
      boolean purchasable) {

    static Line of(CartLine line) {
      ProductVariant variant = line.getVariant();
      boolean sold = variant.getProduct().isActive();
      return new Line(
          line.getId(),
          variant.getId(),
          variant.getCode(),
          variant.getProduct().getCode(),
          variant.getProduct().getName(),
          variant.getOptions(),
          money(variant.getPrice()),
          line.getQuantity(),
          money(line.lineTotal()),
          sold ? variant.getStockQuantity() : 0,
          variant.canSupply(line.getQuantity()));
    }
  }

  /**
   * The voucher on the cart, and whether it applies to the cart as it is.
   *
   * @param code its code, upper case
   * @param description what it promises, or null
   * @param applies whether its discount is taken off now
   * @param refusedFor the rule it breaks, or null when it applies
   * @param reason why it does not apply, in words for the customer, or null when it applies
   */
  public record AppliedVoucher(
      String code,
      String description,
      boolean applies,
      VoucherRefusal.Reason refusedFor,
      String reason) {

    static AppliedVoucher of(VoucherAssessment assessment) {
      VoucherRefusal refusal = assessment.refusal();
      return new AppliedVoucher(
          assessment.code(),
          assessment.description(),
          refusal == null,
          refusal == null ? null : refusal.reason(),
          refusal == null ? null : refusal.message());
    }
  }
}
