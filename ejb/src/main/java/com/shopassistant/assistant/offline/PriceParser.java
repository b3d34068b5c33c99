package com.shopassistant.assistant.offline;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a price range in a normalised message ("under 500k", "di bawah 500 ribu", "between 100 and
 * 300", "1,5 juta", "$50") and gives the message back without it, so its numbers are not read again
 * as quantities or codes. Amounts are taken as written: the assistant converts no currency.
 */
final class PriceParser {

  /** What was found: a range (either end may be null) and the message without the price. */
  record Result(BigDecimal min, BigDecimal max, String rest) {

    boolean isEmpty() {
      return min == null && max == null;
    }
  }

  // A number with optional currency before and multiplier or currency word after.
  private static final String AMOUNT =
      "(?:\\$|rp\\.?\\s?|usd\\s?|idr\\s?)?(\\d+(?:[.,]\\d+)*)\\s?"
          + "(k|rb|ribu|jt|juta|thousand|million|dollars?|bucks|usd|idr|rupiah)?(?![\\p{L}\\d])";
  private static final String MARKED_AMOUNT =
      "(?:(?:\\$|rp\\.?\\s?|usd\\s?|idr\\s?)(\\d+(?:[.,]\\d+)*)\\s?"
          + "(k|rb|ribu|jt|juta|thousand|million|dollars?|bucks|usd|idr|rupiah)?"
          + "|(\\d+(?:[.,]\\d+)*)\\s?"
          + "(k|rb|ribu|jt|juta|thousand|million|dollars?|bucks|usd|idr|rupiah))(?![\\p{L}\\d])";

  private static final Pattern BETWEEN =
      Pattern.compile(
          "(?<!\\p{L})(?:between|antara|from|dari|harga|price)\\s+"
              + AMOUNT
              + "\\s*(?:and|to|until|-|sampai|hingga|s/d|sd|dan)\\s*"
              + AMOUNT);
  private static final Pattern RANGE = Pattern.compile(AMOUNT + "\\s*-\\s*" + AMOUNT);
  private static final Pattern MAX =
      Pattern.compile(
          "(?<!\\p{L})(?:under|below|less than|cheaper than|up to|upto|max(?:imum)?|maks(?:imal|imum)?"
              + "|at most|no more than|not more than|within|budget(?: saya| of| is)?"
              + "|di ?bawah|kurang dari|paling mahal|tidak lebih dari|sampai|hingga|<=?)\\s*"
              + AMOUNT);
  private static final Pattern MIN =
      Pattern.compile(
          "(?<!\\p{L})(?:over|above|more than|at least|min(?:imum|imal)?|starting at|from"
              + "|di ?atas|lebih dari|mulai(?: dari)?|paling murah|>=?)\\s*"
              + AMOUNT);
  private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\d])" + MARKED_AMOUNT);

  private PriceParser() {}

  static Result parse(String text) {
    Matcher m = BETWEEN.matcher(text);
    if (m.find() || (m = RANGE.matcher(text)).find()) {
      BigDecimal low = amount(m.group(1), m.group(2));
      BigDecimal high = amount(m.group(3), m.group(4));
      // "100-300k": the multiplier written once counts for both ends.
      if (m.group(2) == null && m.group(4) != null) {
        low = amount(m.group(1), m.group(4));
      }
      return ordered(low, high, cut(text, m));
    }
    BigDecimal min = null;
    BigDecimal max = null;
    String rest = text;
    if ((m = MAX.matcher(rest)).find()) {
      max = amount(m.group(1), m.group(2));
      rest = cut(rest, m);
    }
    if ((m = MIN.matcher(rest)).find()) {
      min = amount(m.group(1), m.group(2));
      rest = cut(rest, m);
    }
    if (min == null && max == null && (m = BARE.matcher(rest)).find()) {
      // A price on its own ("headphones 500k") is read as a budget.
      max = m.group(1) != null ? amount(m.group(1), m.group(2)) : amount(m.group(3), m.group(4));
      rest = cut(rest, m);
    }
    return new Result(min, max, rest);
  }

  private static Result ordered(BigDecimal low, BigDecimal high, String rest) {
    return low.compareTo(high) <= 0 ? new Result(low, high, rest) : new Result(high, low, rest);
  }

  private static String cut(String text, Matcher m) {
    return (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
  }

  /** "1.5" with "jt" is 1500000; "1.500.000" is 1500000; "1,500" is 1500; "49.99" is 49.99. */
  static BigDecimal amount(String digits, String multiplier) {
    BigDecimal value = new BigDecimal(plainDigits(digits));
    BigDecimal factor =
        switch (multiplier == null ? "" : multiplier) {
          case "k", "rb", "ribu", "thousand" -> BigDecimal.valueOf(1_000);
          case "jt", "juta", "million" -> BigDecimal.valueOf(1_000_000);
          default -> BigDecimal.ONE;
        };
    BigDecimal result = value.multiply(factor).stripTrailingZeros();
    return result.scale() < 0 ? result.setScale(0) : result;
  }

  private static String plainDigits(String digits) {
    int dot = digits.lastIndexOf('.');
    int comma = digits.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      // Both: the later one is the decimal mark.
      char decimal = dot > comma ? '.' : ',';
      char grouping = dot > comma ? ',' : '.';
      return digits.replace(String.valueOf(grouping), "").replace(decimal, '.');
    }
    int mark = Math.max(dot, comma);
    if (mark < 0) {
      return digits;
    }
    char sign = digits.charAt(mark);
    boolean once = digits.indexOf(sign) == mark;
    int after = digits.length() - mark - 1;
    // A single mark is decimal unless three digits follow it ("1,500" and "1.500" are thousands).
    boolean decimal = once && after != 3;
    return decimal ? digits.replace(sign, '.') : digits.replace(String.valueOf(sign), "");
  }
}
