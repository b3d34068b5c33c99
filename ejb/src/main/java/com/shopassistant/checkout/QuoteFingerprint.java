package com.shopassistant.checkout;

import com.shopassistant.cart.CartContents;
import com.shopassistant.customer.PostalAddress;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 digest of everything a quote promised: each line's variant, quantity and unit price (in
 * variant order, so the order of the cart's lines does not matter), the voucher and its discount,
 * shipping, total and currency, the address (its id and every part of it) and the payment method. A
 * confirm recomputes it from the cart as it finds it; any difference means the customer would get
 * something other than what they said yes to, and the quote is outdated.
 *
 * <p>Amounts enter as plain strings at two decimals, so {@code 10.0} and {@code 10.00} agree.
 */
final class QuoteFingerprint {

  private QuoteFingerprint() {}

  static String of(
      CartContents cart,
      BigDecimal shipping,
      Long addressId,
      PostalAddress address,
      Long paymentMethodId,
      String paymentMethodCode) {
    StringBuilder text = new StringBuilder("checkout-quote/1\n");
    cart.lines().stream()
        .sorted(Comparator.comparing(CartContents.Line::variantId))
        .forEach(
            line ->
                field(
                    text,
                    "line",
                    line.variantId(),
                    line.itemCode(),
                    line.quantity(),
                    amount(line.unitPrice())));
    field(text, "voucher", cart.voucher() == null ? "-" : cart.voucher().code());
    field(text, "discount", amount(cart.discount()));
    field(text, "subtotal", amount(cart.subtotal()));
    field(text, "shipping", amount(shipping));
    field(text, "total", amount(cart.total().add(shipping)));
    field(text, "currency", cart.currency());
    field(
        text,
        "address",
        addressId,
        address.getAddress1(),
        address.getAddress2(),
        address.getCity(),
        address.getState(),
        address.getZip(),
        address.getCountry());
    field(text, "payment", paymentMethodId, paymentMethodCode);
    return sha256(text.toString());
  }

  private static String amount(BigDecimal value) {
    return CartContents.money(value).toPlainString();
  }

  /** One line of the digested text; parts are separated by a character no part holds. */
  private static void field(StringBuilder text, String name, Object... parts) {
    text.append(name);
    for (Object part : parts) {
      text.append('\u001f').append(Objects.toString(part, "\u0000"));
    }
    text.append('\n');
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
