package com.shopassistant.assistant.offline;

import java.util.List;
import java.util.Set;

/**
 * Turns one customer message into an {@link Intent}. Rules are tried from the most specific to the
 * most general, so "remove the voucher" is about the voucher, not the cart, and "cancel that" is a
 * no, not an order cancellation. Deterministic: the same text always gives the same intent, which
 * lets the assistant read the message again at every step of a turn.
 */
final class IntentParser {

  private static final int MAX_ANSWER_WORDS = 8;
  private static final int MAX_FRAGMENT_WORDS = 4;
  private static final Set<String> UNSUPPORTED_ACCOUNT =
      Set.of("new", "baru", "add", "tambah", "tambahkan", "default", "utama", "delete", "hapus");

  private static final Set<String> GREETING_FIRST =
      Set.of("hi", "hello", "hey", "halo", "hallo", "hai", "assalamualaikum", "selamat");

  private IntentParser() {}

  static Intent parse(String text) {
    Message m = new Message(text);
    if (m.all.isEmpty()) {
      return new Intent.Unknown();
    }
    Intent intent = marked(m);
    if (intent == null) {
      intent = general(m);
    }
    return intent != null ? intent : fragment(m);
  }

  /** Requests told by a mark of their own: yes/no, people, an order number, checkout, voucher. */
  private static Intent marked(Message m) {
    Intent answer = answer(m);
    if (answer != null) {
      return answer;
    }
    if (m.has(IntentWords.HUMAN)) {
      return new Intent.Human();
    }
    if (m.orderNumber != null) {
      return OrderIntents.parse(m);
    }
    if (m.has(IntentWords.CHECKOUT)) {
      return checkout(m);
    }
    if (m.has(IntentWords.VOUCHER) || m.voucher != null) {
      return m.has(IntentWords.REMOVE) || m.has(IntentWords.CANCEL)
          ? new Intent.RemoveVoucher()
          : new Intent.ApplyVoucher(m.voucher);
    }
    return OrderIntents.concerns(m) ? OrderIntents.parse(m) : null;
  }

  /** Searches, account lists, the cart, product questions and small talk, in that order. */
  private static Intent general(Message m) {
    // "find ..." is a search even when a word of it is also a cart verb ("put", "buy").
    boolean searching = m.has(SearchIntents.STRONG_SEARCH) && !m.has(IntentWords.CART);
    Intent next = searching ? SearchIntents.parse(m) : null;
    if (next == null) {
      next = account(m);
    }
    if (next == null) {
      next = CartIntents.parse(m);
    }
    if (next == null) {
      next = SearchIntents.parse(m);
    }
    return next != null ? next : smallTalk(m);
  }

  /** A bare yes or no: only yes or no words and their filler, at most a few of them. */
  private static Intent answer(Message m) {
    if (m.all.size() > MAX_ANSWER_WORDS || m.orderNumber != null) {
      return null;
    }
    if (m.startsWith(IntentWords.YES) && allIn(m.all, IntentWords.YES, IntentWords.YES_FILLER)) {
      return new Intent.Confirm();
    }
    // "place my order" after a quote is a yes; with nothing quoted the checkout flow quotes it.
    boolean yesPhrase =
        m.has(
            "go ahead",
            "do it",
            "place the order",
            "place my order",
            "place order",
            "buat pesanan");
    if (yesPhrase && allIn(m.all, IntentWords.YES, IntentWords.YES_FILLER)) {
      return new Intent.Confirm();
    }
    if (m.has(IntentWords.NO) && allIn(m.all, IntentWords.NO, IntentWords.NO_FILLER)) {
      return new Intent.Decline();
    }
    return null;
  }

  private static boolean allIn(List<String> words, Set<String> main, Set<String> filler) {
    return words.stream().allMatch(w -> main.contains(w) || filler.contains(w));
  }

  private static Intent checkout(Message m) {
    return new Intent.Checkout(addressLabel(m), OrderIntents.payment(m), m.voucher);
  }

  /** The address label a checkout names: "office" for office/kantor, "home" for home/rumah... */
  static String addressLabel(Message m) {
    if (m.has("office", "kantor", "work", "kerja")) {
      return "office";
    }
    if (m.has("home", "rumah")) {
      return "home";
    }
    int at = Words.indexOf(m.all, "address");
    String word = at > 0 ? m.all.get(at - 1) : null;
    int id = Words.indexOf(m.all, "alamat");
    if (word == null && id >= 0 && id + 1 < m.all.size()) {
      word = m.all.get(id + 1);
    }
    boolean label =
        word != null
            && !Vocabulary.STOP_WORDS.contains(word)
            && !IntentWords.ALL.contains(word)
            && !Words.containsDigit(word);
    return label ? word : null;
  }

  private static Intent account(Message m) {
    if (m.has(IntentWords.PAYMENT_METHODS)) {
      return new Intent.ListPaymentMethods();
    }
    if (m.has(IntentWords.ADDRESS)) {
      return m.has(UNSUPPORTED_ACCOUNT) || m.has(IntentWords.CHANGE)
          ? new Intent.Unsupported()
          : new Intent.ListAddresses();
    }
    return null;
  }

  private static Intent smallTalk(Message m) {
    if (m.has(IntentWords.THANKS)) {
      return new Intent.Thanks();
    }
    if (m.has(IntentWords.HELP)) {
      return new Intent.Help();
    }
    if (m.startsWith(GREETING_FIRST) || m.has(IntentWords.GREETING) && m.all.size() <= 3) {
      return new Intent.Greeting();
    }
    return null;
  }

  /** What is left: a short answer without a verb ("the blue one"), or something not understood. */
  private static Intent fragment(Message m) {
    ReferenceParser.Parsed parsed = ReferenceParser.parse(m);
    String reason = OrderIntents.reason(m);
    boolean content = !parsed.ref().isEmpty() || reason != null || parsed.quantity() != null;
    if (!content || parsed.ref().names().size() > MAX_FRAGMENT_WORDS) {
      return new Intent.Unknown();
    }
    boolean question = m.has(IntentWords.QUESTION) || m.original.strip().endsWith("?");
    return new Intent.Fragment(parsed.ref(), parsed.quantity(), reason, question);
  }
}
