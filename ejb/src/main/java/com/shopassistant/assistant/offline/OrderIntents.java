package com.shopassistant.assistant.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads requests about placed orders: list, status, cancel (with the policy's two reasons), return,
 * exchange, and a pending order's address or payment method.
 */
final class OrderIntents {

  static final String MISTAKE = "ordered by mistake";
  static final String NOT_NEEDED = "no longer needed";

  private static final Set<String> MISTAKE_WORDS = WordLists.set("order.reason.mistake");
  private static final Set<String> NOT_NEEDED_WORDS = WordLists.set("order.reason.not.needed");
  private static final Set<String> SPLIT_WORDS =
      Set.of("for", "with", "to", "into", "dengan", "jadi", "menjadi", "ke", "dgn");

  private static final Pattern STREET = Pattern.compile("(?<![#\\p{L}\\d])\\d+\\s+\\p{L}.*");

  private OrderIntents() {}

  /** Whether the message is about placed orders at all. */
  static boolean concerns(Message m) {
    return m.orderNumber != null
        || m.has(IntentWords.ORDER)
        || m.has(IntentWords.RETURN)
        || m.has(IntentWords.EXCHANGE);
  }

  static Intent parse(Message m) {
    String number = m.orderNumber;
    if (m.has(IntentWords.CANCEL)) {
      return new Intent.CancelOrder(number, reason(m));
    }
    if (m.has(IntentWords.RETURN)) {
      return new Intent.ReturnItems(number, ReferenceParser.parse(m).ref(), payment(m));
    }
    if (m.has(IntentWords.EXCHANGE)) {
      return exchange(m);
    }
    if (m.has(IntentWords.ADDRESS) && (m.has(IntentWords.CHANGE) || m.has("kirim ke", "ship to"))) {
      return new Intent.ChangeOrderAddress(number, addressText(m.original));
    }
    if (payment(m) != null && (m.has(IntentWords.CHANGE) || m.has("pay", "bayar", "instead"))) {
      return new Intent.ChangeOrderPayment(number, payment(m));
    }
    if (number != null || m.has(IntentWords.STATUS)) {
      return new Intent.OrderStatus(number);
    }
    return new Intent.ListOrders();
  }

  /** The policy's reason the message gives for cancelling, or null when it gives none. */
  static String reason(Message m) {
    if (m.has(NOT_NEEDED_WORDS)) {
      return NOT_NEEDED;
    }
    return m.has(MISTAKE_WORDS) ? MISTAKE : null;
  }

  /** A payment method named by code or kind: a code, "gift_card", "paypal", "credit_card". */
  static String payment(Message m) {
    if (m.paymentCode != null) {
      return m.paymentCode;
    }
    if (m.has("gift card", "giftcard", "kartu hadiah", "voucher hadiah", "gift")) {
      return "gift_card";
    }
    if (m.has("paypal")) {
      return "paypal";
    }
    if (m.has("credit card", "kartu kredit", "card", "kartu", "visa", "mastercard", "amex")) {
      return "credit_card";
    }
    return null;
  }

  // "exchange the blue headphones in #W1 for the black ones": what is given, then what is wanted.
  private static Intent exchange(Message m) {
    List<String> words = Words.split(m.normalized);
    int verb = 0;
    while (verb < words.size() && !IntentWords.EXCHANGE.contains(words.get(verb))) {
      verb++;
    }
    int split = -1;
    for (int i = verb + 2; i < words.size() && split < 0; i++) {
      if (SPLIT_WORDS.contains(words.get(i))) {
        split = i;
      }
    }
    if (split < 0) {
      return new Intent.ExchangeItems(
          m.orderNumber, ReferenceParser.parse(m).ref(), ProductRef.NONE, payment(m));
    }
    Message given = new Message(String.join(" ", words.subList(0, split)));
    Message wanted = new Message(String.join(" ", words.subList(split + 1, words.size())));
    return new Intent.ExchangeItems(
        m.orderNumber,
        ReferenceParser.parse(given).ref(),
        ReferenceParser.parse(wanted).ref(),
        payment(wanted) != null ? payment(wanted) : payment(given));
  }

  /**
   * The address written after "to"/"ke"/":" (the first one after the word address), when it looks
   * like one: a comma and a digit.
   */
  static String addressText(String original) {
    String lower = original.toLowerCase(Locale.ROOT);
    int from = Math.max(0, Math.max(lower.indexOf("address"), lower.indexOf("alamat")));
    int best = -1;
    int length = 0;
    for (String marker : List.of(" to ", " ke ", " menjadi ", " jadi ", ":")) {
      int at = lower.indexOf(marker, from);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        length = marker.length();
      }
    }
    String address;
    if (best >= 0) {
      address = original.substring(best + length).strip();
    } else {
      // No "to": the address is what starts with a house number ("500 Pine Avenue, ...").
      Matcher street = STREET.matcher(original);
      address = street.find(from) ? street.group() : "";
    }
    return address.contains(",") && Words.containsDigit(address) ? address : null;
  }
}
