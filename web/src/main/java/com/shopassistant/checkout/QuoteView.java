package com.shopassistant.checkout;

import com.shopassistant.cart.CartContents;
import com.shopassistant.customer.AddressView;
import com.shopassistant.customer.PaymentMethodView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a checkout quote: what the order would be and the token that places it. Amounts are
 * numbers with two decimals; {@code voucher} is null without one.
 *
 * @param lines what would be bought, at today's prices
 * @param itemCount units over all lines
 * @param subtotal the lines added up
 * @param discount what the voucher takes off
 * @param voucher the voucher applied, or null
 * @param shipping what shipping costs (0.00: the store has no shipping rule)
 * @param total what would be charged: subtotal minus discount plus shipping
 * @param currency ISO 4217 code of every amount
 * @param shippingAddress where it would ship
 * @param paymentMethod what would pay for it
 * @param confirmationToken send it to {@code POST /api/v1/checkout/confirm} to place the order
 * @param expiresAt when the token stops being accepted
 */
@JsonbNillable
@JsonbPropertyOrder({
  "lines",
  "itemCount",
  "subtotal",
  "discount",
  "voucher",
  "shipping",
  "total",
  "currency",
  "shippingAddress",
  "paymentMethod",
  "confirmationToken",
  "expiresAt"
})
public record QuoteView(
    List<Line> lines,
    int itemCount,
    BigDecimal subtotal,
    BigDecimal discount,
    Voucher voucher,
    BigDecimal shipping,
    BigDecimal total,
    String currency,
    AddressView shippingAddress,
    PaymentMethodView paymentMethod,
    String confirmationToken,
    OffsetDateTime expiresAt) {

  static QuoteView of(CheckoutQuote quote) {
    CartContents cart = quote.cart();
    return new QuoteView(
        cart.lines().stream().map(Line::of).toList(),
        cart.itemCount(),
        cart.subtotal(),
        cart.discount(),
        cart.voucher() == null
            ? null
            : new Voucher(cart.voucher().code(), cart.voucher().description()),
        quote.shipping(),
        quote.total(),
        cart.currency(),
        AddressView.of(quote.shippingAddress()),
        PaymentMethodView.of(quote.paymentMethod()),
        quote.confirmationToken(),
        quote.expiresAt());
  }

  /** A line as it would be ordered. */
  @JsonbPropertyOrder({
    "variantId",
    "itemCode",
    "productCode",
    "productName",
    "options",
    "unitPrice",
    "quantity",
    "lineTotal"
  })
  public record Line(
      long variantId,
      String itemCode,
      String productCode,
      String productName,
      Map<String, String> options,
      BigDecimal unitPrice,
      int quantity,
      BigDecimal lineTotal) {

    static Line of(CartContents.Line line) {
      return new Line(
          line.variantId(),
          line.itemCode(),
          line.productCode(),
          line.productName(),
          line.options(),
          line.unitPrice(),
          line.quantity(),
          line.lineTotal());
    }
  }

  /** The voucher whose discount the quote includes. */
  @JsonbNillable
  @JsonbPropertyOrder({"code", "description"})
  public record Voucher(String code, String description) {}
}
