package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One customer message taken apart once: the things with a shape of their own (order number,
 * voucher code, price range, product or item codes, "#2") are lifted out first so their digits are
 * not read again as quantities, then the rest is split into words.
 */
final class Message {

  private static final Pattern ORDER_NUMBER =
      Pattern.compile("(?<![\\p{L}\\d])(?:#\\s?([a-z]\\d{4,})|([ws]\\d{6,9}))(?![\\p{L}\\d])");
  private static final Pattern VOUCHER =
      Pattern.compile(
          "(?<!\\p{L})(?:vouchers?|vocer|voucer|kupon|coupons?|promo|kode promo|kode voucher)"
              + "(?:\\s+(?:code|kode))?\\s*[:#]?\\s*([a-z0-9][a-z0-9_-]{2,})");
  private static final Pattern CODE =
      Pattern.compile("(?<![\\p{L}\\d#])([a-z]{0,4}\\d{4,})(?![\\p{L}\\d])");
  private static final Pattern POSITION =
      Pattern.compile(
          "(?<!\\p{L})(?:#|number\\s|no\\.?\\s?|nomor\\s|nr\\.?\\s?|ke-?\\s?)(\\d{1,2})(?![\\d.,])");
  private static final Pattern PAYMENT_CODE =
      Pattern.compile("(?<![\\p{L}\\d])((?:credit_card|paypal|gift_card)_[a-z0-9_]+)");
  private static final Set<String> NOT_VOUCHERS =
      Set.of("code", "codes", "kode", "cart", "keranjang", "checkout", "voucher", "vouchers");

  final String original;
  final String normalized;
  final String orderNumber;
  final String voucher;

  /** A payment method's code ("credit_card_4829105"), or null. */
  final String paymentCode;

  final PriceParser.Result price;
  final List<String> codes;
  final Integer position;

  /** The words of the whole message, for keywords. */
  final List<String> all;

  /** The words left once the shaped things are lifted out, for references and searches. */
  final List<String> rest;

  Message(String text) {
    this.original = text == null ? "" : text;
    this.normalized = joinPhrases(Words.normalize(original));
    this.all = Words.split(normalized);
    String remaining = normalized;
    Matcher m = PAYMENT_CODE.matcher(remaining);
    String payment = null;
    if (m.find()) {
      payment = m.group(1);
      remaining = cut(remaining, m);
    }
    this.paymentCode = payment;
    m = ORDER_NUMBER.matcher(remaining);
    String number = null;
    if (m.find()) {
      number = "#" + (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
      remaining = cut(remaining, m);
    }
    this.orderNumber = number;
    m = VOUCHER.matcher(remaining);
    String code = null;
    while (code == null && m.find()) {
      if (looksLikeVoucher(m.group(1))) {
        code = m.group(1).toUpperCase(Locale.ROOT);
        remaining = cut(remaining, m);
      }
    }
    this.voucher = code;
    this.price = PriceParser.parse(remaining);
    remaining = price.rest();
    this.codes = new ArrayList<>();
    m = CODE.matcher(remaining);
    while (m.find()) {
      codes.add(m.group(1).toUpperCase(Locale.ROOT));
    }
    remaining = CODE.matcher(remaining).replaceAll(" ");
    m = POSITION.matcher(remaining);
    Integer at = null;
    while (m.find()) {
      at = Integer.valueOf(m.group(1));
    }
    this.position = at;
    this.rest = Words.split(POSITION.matcher(remaining).replaceAll(" "));
  }

  /** Whether any phrase occurs among all the words (typos tolerated in long keywords). */
  boolean has(String... phrases) {
    return Words.hasAny(all, phrases);
  }

  boolean has(Set<String> phrases) {
    return Words.hasAny(all, phrases);
  }

  boolean startsWith(Set<String> words) {
    return !all.isEmpty() && words.contains(all.get(0));
  }

  private boolean looksLikeVoucher(String word) {
    if (Words.containsDigit(word)) {
      return true;
    }
    boolean capitals = original.contains(word.toUpperCase(Locale.ROOT));
    return capitals
        || !(Vocabulary.STOP_WORDS.contains(word)
            || NOT_VOUCHERS.contains(word)
            || IntentWords.ALL.contains(word));
  }

  // Two-word colour names become one word, so "merah muda" is not read as red.
  private static String joinPhrases(String text) {
    return text.replace("merah muda", "merah-muda")
        .replace("abu abu", "abu-abu")
        .replace("check out", "checkout")
        .replace("e-mail", "email");
  }

  private static String cut(String text, Matcher m) {
    return text.substring(0, m.start()) + " " + text.substring(m.end());
  }
}
