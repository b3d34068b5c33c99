package com.shopassistant.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.cart.CartContents;
import com.shopassistant.customer.PostalAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QuoteFingerprintTest {

  private static final PostalAddress HOME =
      new PostalAddress("12 Maple Street", "Apt 4B", "Portland", "OR", "97205", "USA");
  private static final BigDecimal NO_SHIPPING = new BigDecimal("0.00");

  private static CartContents.Line line(long variantId, String price, int quantity) {
    BigDecimal unit = new BigDecimal(price);
    return new CartContents.Line(
        variantId * 10,
        variantId,
        "ITEM-" + variantId,
        "P-" + variantId,
        "Product " + variantId,
        new TreeMap<>(),
        unit,
        quantity,
        unit.multiply(BigDecimal.valueOf(quantity)),
        50,
        true);
  }

  private static CartContents cart(String discount, String voucher, CartContents.Line... lines) {
    BigDecimal subtotal =
        List.of(lines).stream()
            .map(CartContents.Line::lineTotal)
            .reduce(new BigDecimal("0.00"), BigDecimal::add);
    BigDecimal off = new BigDecimal(discount);
    return new CartContents(
        List.of(lines),
        List.of(lines).stream().mapToInt(CartContents.Line::quantity).sum(),
        subtotal,
        off,
        subtotal.subtract(off),
        "USD",
        voucher == null ? null : new CartContents.AppliedVoucher(voucher, null, true, null, null));
  }

  private static String print(CartContents cart) {
    return QuoteFingerprint.of(cart, NO_SHIPPING, 1L, HOME, 2L, "credit_card_1234567");
  }

  @Test
  void theSameQuoteHasTheSameFingerprintWhateverTheOrderOfItsLines() {
    String one = print(cart("0.00", null, line(1, "10.00", 2), line(2, "5.50", 1)));
    String other = print(cart("0.00", null, line(2, "5.50", 1), line(1, "10.00", 2)));

    assertThat(one).isEqualTo(other).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void amountsCompareByValueNotBySpelling() {
    assertThat(print(cart("0.00", null, line(1, "10.0", 2))))
        .isEqualTo(print(cart("0.00", null, line(1, "10.00", 2))));
  }

  @Test
  void aChangedPriceQuantityOrItemChangesIt() {
    String quoted = print(cart("0.00", null, line(1, "10.00", 2)));

    assertThat(print(cart("0.00", null, line(1, "10.01", 2)))).isNotEqualTo(quoted);
    assertThat(print(cart("0.00", null, line(1, "10.00", 3)))).isNotEqualTo(quoted);
    assertThat(print(cart("0.00", null, line(3, "10.00", 2)))).isNotEqualTo(quoted);
    assertThat(print(cart("0.00", null, line(1, "10.00", 2), line(2, "1.00", 1))))
        .isNotEqualTo(quoted);
  }

  @Test
  void aChangedVoucherOrDiscountChangesIt() {
    String quoted = print(cart("2.00", "HEMAT10", line(1, "10.00", 2)));

    assertThat(print(cart("2.00", "OTHER", line(1, "10.00", 2)))).isNotEqualTo(quoted);
    assertThat(print(cart("1.00", "HEMAT10", line(1, "10.00", 2)))).isNotEqualTo(quoted);
    assertThat(print(cart("0.00", null, line(1, "10.00", 2)))).isNotEqualTo(quoted);
  }

  @Test
  void aChangedAddressPaymentMethodOrShippingChangesIt() {
    CartContents cart = cart("0.00", null, line(1, "10.00", 2));
    String quoted = print(cart);
    PostalAddress moved =
        new PostalAddress("12 Maple Street", "Apt 5B", "Portland", "OR", "97205", "USA");

    assertThat(QuoteFingerprint.of(cart, NO_SHIPPING, 1L, moved, 2L, "credit_card_1234567"))
        .isNotEqualTo(quoted);
    assertThat(QuoteFingerprint.of(cart, NO_SHIPPING, 9L, HOME, 2L, "credit_card_1234567"))
        .isNotEqualTo(quoted);
    assertThat(QuoteFingerprint.of(cart, NO_SHIPPING, 1L, HOME, 3L, "paypal_1234567"))
        .isNotEqualTo(quoted);
    assertThat(
            QuoteFingerprint.of(cart, new BigDecimal("4.99"), 1L, HOME, 2L, "credit_card_1234567"))
        .isNotEqualTo(quoted);
  }
}
