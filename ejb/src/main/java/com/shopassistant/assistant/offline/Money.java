package com.shopassistant.assistant.offline;

import com.shopassistant.catalog.ProductSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Writes amounts the tools gave for people: "$129.00", "$99.00–$129.00". A result names its
 * currency once; without one the store's own currency is meant.
 */
final class Money {

  private Money() {}

  /** The currency a result (or the cart inside it) names, else the store's. */
  static String currency(Map<String, Object> data) {
    String currency = Fields.text(data, "currency");
    if (currency == null) {
      currency = Fields.text(Fields.nested(data, "cart"), "currency");
    }
    return currency == null ? ProductSummary.CURRENCY : currency.toUpperCase(Locale.ROOT);
  }

  /** The amount with its currency, or null when there is no amount. */
  static String format(BigDecimal amount, String currency) {
    if (amount == null) {
      return null;
    }
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    String digits = format.format(amount.setScale(2, RoundingMode.HALF_UP));
    return switch (currency == null ? ProductSummary.CURRENCY : currency) {
      case "USD" -> amount.signum() < 0 ? "-$" + digits.substring(1) : "$" + digits;
      case "IDR" -> "Rp " + digits;
      default -> currency + " " + digits;
    };
  }

  static String format(Map<String, Object> data, String currency, String... keys) {
    return format(Fields.decimal(data, keys), currency);
  }

  /** "$99.00" or "$99.00–$129.00"; null when neither end is known. */
  static String range(BigDecimal from, BigDecimal to, String currency) {
    if (from == null && to == null) {
      return null;
    }
    if (from == null || to == null || from.compareTo(to) == 0) {
      return format(from != null ? from : to, currency);
    }
    return format(from, currency) + "–" + format(to, currency);
  }
}
