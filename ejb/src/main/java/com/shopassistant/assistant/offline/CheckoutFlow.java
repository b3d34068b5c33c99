package com.shopassistant.assistant.offline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checkout and the confirmation rule. A checkout is quoted (after listing addresses or payment
 * methods when the customer named one by label or kind) and the quote asks for a yes; a yes calls
 * the confirm tool with the token of the newest pending quote, a no calls nothing. The server's
 * gate, not this class, decides whether a confirm commits.
 */
final class CheckoutFlow {

  private static final Map<String, List<String>> LABELS =
      Map.of(
          "office", List.of("office", "kantor", "work", "kerja"),
          "home", List.of("home", "rumah", "house"));

  private final Turn turn;
  private final CartReplies cart;
  private final OrderReplies orders;

  CheckoutFlow(Turn turn) {
    this.turn = turn;
    this.cart = new CartReplies(turn);
    this.orders = new OrderReplies(turn);
  }

  Step addresses() {
    Optional<Memory.Outcome> done = turn.memory.turn("list_addresses");
    return done.isEmpty() ? Step.call("list_addresses") : say(done.get(), cart::addresses);
  }

  Step paymentMethods() {
    Optional<Memory.Outcome> done = turn.memory.turn("list_payment_methods");
    return done.isEmpty()
        ? Step.call("list_payment_methods")
        : say(done.get(), cart::paymentMethods);
  }

  Step checkout(Intent.Checkout checkout) {
    Optional<Memory.Outcome> quoted = turn.memory.turn("quote_checkout");
    if (quoted.isPresent()) {
      return say(quoted.get(), orders::checkoutQuote);
    }
    Pick address = checkout.address() == null ? Pick.NONE : address(checkout.address());
    if (address.step() != null) {
      return address.step();
    }
    Pick method = checkout.payment() == null ? Pick.NONE : method(checkout.payment());
    if (method.step() != null) {
      return method.step();
    }
    return Step.call(
        "quote_checkout",
        "address_id",
        address.id(),
        "payment_method_id",
        method.id(),
        "voucher_code",
        checkout.voucher());
  }

  /** An id picked from a list, or the step (a call, a question) needed first. */
  private record Pick(Object id, Step step) {
    static final Pick NONE = new Pick(null, null);
  }

  private Pick address(String word) {
    Optional<Memory.Outcome> listed = turn.memory.latestOk("list_addresses");
    if (listed.isEmpty()) {
      return new Pick(null, Step.call("list_addresses"));
    }
    List<Map<String, Object>> all = Fields.maps(listed.get().data(), "addresses");
    List<Map<String, Object>> fits = addresses(all, word);
    if (fits.size() != 1) {
      String question =
          turn.say(Phrase.NO_SUCH_ADDRESS, word)
              + "\n"
              + cart.addressLines(all)
              + "\n"
              + turn.say(Phrase.ASK_ADDRESS);
      return new Pick(null, Step.say(question));
    }
    return new Pick(Fields.first(fits.get(0), "id", "address_id"), null);
  }

  private Pick method(String wanted) {
    Optional<Memory.Outcome> listed = turn.memory.latestOk("list_payment_methods");
    if (listed.isEmpty()) {
      return new Pick(null, Step.call("list_payment_methods"));
    }
    List<Map<String, Object>> all = Fields.maps(listed.get().data(), "payment_methods");
    Map<String, Object> method = PaymentChoice.pick(all, wanted);
    if (method == null) {
      String question =
          cart.paymentLines(all, Money.currency(Map.of())) + "\n" + turn.say(Phrase.ASK_PAYMENT);
      return new Pick(null, Step.say(question));
    }
    return new Pick(Fields.first(method, "id", "code"), null);
  }

  private static List<Map<String, Object>> addresses(List<Map<String, Object>> all, String word) {
    List<String> names = LABELS.getOrDefault(word, List.of(word));
    return all.stream()
        .filter(
            a -> {
              String label = Words.normalize(String.valueOf(Fields.text(a, "label")));
              return names.stream().anyMatch(n -> Words.split(label).contains(n));
            })
        .toList();
  }

  Step confirm() {
    for (String tool : List.of("confirm_checkout", "confirm_order_change")) {
      Optional<Memory.Outcome> done = turn.memory.turn(tool);
      if (done.isPresent()) {
        return say(done.get(), data -> orders.confirmed(tool, data));
      }
    }
    Optional<Memory.Pending> pending = turn.memory.pending();
    if (pending.isEmpty() && new Message(turn.memory.userText()).has(IntentWords.CHECKOUT)) {
      // "place my order" with nothing quoted yet asks for the quote.
      return checkout(new Intent.Checkout(null, null, null));
    }
    if (pending.isEmpty()) {
      return Step.say(turn.say(Phrase.NOTHING_PENDING));
    }
    return Step.call(pending.get().confirmTool(), "confirmation_token", pending.get().token());
  }

  Step decline() {
    boolean waiting = turn.memory.pendingBeforeThisTurn().isPresent();
    return Step.say(turn.say(waiting ? Phrase.DECLINED : Phrase.OKAY));
  }

  private Step say(
      Memory.Outcome outcome, java.util.function.Function<Map<String, Object>, String> render) {
    return Step.say(outcome.failed() ? Replies.error(turn, outcome) : render.apply(outcome.data()));
  }

  /** Picks a payment method by code, by kind, or by a word of its description. */
  static final class PaymentChoice {

    private PaymentChoice() {}

    /** The one method meant, the default one when several of the kind fit, or null. */
    static Map<String, Object> pick(List<Map<String, Object>> methods, String wanted) {
      List<Map<String, Object>> fits = methods.stream().filter(m -> fits(m, wanted)).toList();
      if (fits.size() == 1) {
        return fits.get(0);
      }
      return fits.stream().filter(m -> Fields.flag(m, "default")).findFirst().orElse(null);
    }

    static boolean fits(Map<String, Object> method, String wanted) {
      String code = String.valueOf(Fields.text(method, "code")).toLowerCase(Locale.ROOT);
      String kind = String.valueOf(Fields.text(method, "kind")).toLowerCase(Locale.ROOT);
      String description = Words.normalize(String.valueOf(Fields.text(method, "description")));
      return code.equals(wanted)
          || code.startsWith(wanted + "_")
          || kind.equals(wanted)
          || description.contains(wanted.replace('_', ' '));
    }
  }
}
