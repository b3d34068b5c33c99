package com.shopassistant.assistant.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cart: show it, remove or change a line, empty it, vouchers. A line is found in this turn's
 * view of the cart (the cart is read first), so its line id is current.
 */
final class CartFlow {

  private static final List<String> CHANGES =
      List.of(
          "remove_cart_line", "update_cart_line", "clear_cart", "apply_voucher", "remove_voucher");

  private final Turn turn;
  private final CartReplies replies;

  CartFlow(Turn turn) {
    this.turn = turn;
    this.replies = new CartReplies(turn);
  }

  Step view() {
    return once("view_cart", null);
  }

  Step clear() {
    return once("clear_cart", turn.say(Phrase.CLEARED));
  }

  Step applyVoucher(String code) {
    if (code == null) {
      return Step.say(turn.say(Phrase.ASK_VOUCHER));
    }
    Optional<Memory.Outcome> done = turn.memory.turn("apply_voucher");
    if (done.isEmpty()) {
      return Step.call("apply_voucher", "code", code);
    }
    return render(done.get(), turn.say(Phrase.VOUCHER_APPLIED, code));
  }

  Step removeVoucher() {
    return once("remove_voucher", turn.say(Phrase.VOUCHER_REMOVED));
  }

  Step remove(ProductRef ref) {
    return changeLine(ref, 0);
  }

  Step changeQuantity(ProductRef ref, Integer quantity) {
    if (quantity == null) {
      return Step.say(turn.say(Phrase.ASK_QUANTITY));
    }
    return changeLine(ref, quantity);
  }

  // Quantity 0 removes the line.
  private Step changeLine(ProductRef ref, int quantity) {
    for (String tool : CHANGES) {
      Optional<Memory.Outcome> done = turn.memory.turn(tool);
      if (done.isPresent()) {
        return render(done.get(), headline(done.get(), quantity));
      }
    }
    Optional<Memory.Outcome> viewed = turn.memory.turn("view_cart");
    if (viewed.isEmpty()) {
      return Step.call("view_cart");
    }
    if (viewed.get().failed()) {
      return Step.say(Replies.error(turn, viewed.get()));
    }
    List<Map<String, Object>> lines = CartReplies.lines(CartReplies.cartOf(viewed.get().data()));
    if (lines.isEmpty()) {
      return Step.say(turn.say(Phrase.CART_EMPTY));
    }
    List<Map<String, Object>> fits = lines(lines, ref);
    if (fits.size() == 1) {
      Object lineId = Fields.first(fits.get(0), "line_id", "lineId", "id");
      return quantity == 0
          ? Step.call("remove_cart_line", "line_id", lineId)
          : Step.call("update_cart_line", "line_id", lineId, "quantity", quantity);
    }
    String question =
        fits.isEmpty() && !ref.isEmpty()
            ? turn.say(Phrase.NOT_IN_CART, ref.words())
            : turn.say(Phrase.ASK_WHICH_LINE);
    return Step.say(replies.cart(viewed.get().data(), null) + "\n" + question);
  }

  private String headline(Memory.Outcome done, int quantity) {
    String item = null;
    Object lineId = Fields.first(done.args(), "line_id");
    for (Memory.Outcome viewed : turn.memory.turn()) {
      for (Map<String, Object> line : CartReplies.lines(CartReplies.cartOf(viewed.data()))) {
        if (lineId != null
            && String.valueOf(lineId).equals(Fields.text(line, "line_id", "lineId", "id"))) {
          item = CatalogReplies.name(line);
        }
      }
    }
    String what = item == null ? "" : item;
    return quantity == 0
        ? turn.say(Phrase.REMOVED, what)
        : turn.say(Phrase.UPDATED, what, quantity);
  }

  /** The lines meant: by item code, position, words, or the only or last-added line. */
  private List<Map<String, Object>> lines(List<Map<String, Object>> lines, ProductRef ref) {
    if (ref.code() != null) {
      return lines.stream()
          .filter(l -> ref.code().equalsIgnoreCase(ReferenceResolver.itemCode(l)))
          .toList();
    }
    if (ref.ordinal() != null) {
      int at = ref.ordinal() < 0 ? lines.size() - 1 : ref.ordinal() - 1;
      return at >= 0 && at < lines.size() ? List.of(lines.get(at)) : List.of();
    }
    if (!ref.names().isEmpty() || !ref.options().isEmpty()) {
      return Scoring.all(lines, CartFlow::words, ref).isEmpty()
          ? Scoring.best(lines, CartFlow::words, ref)
          : Scoring.all(lines, CartFlow::words, ref);
    }
    if (lines.size() == 1) {
      return lines;
    }
    String lastAdded =
        turn.memory
            .latestOk("add_to_cart")
            .map(o -> Fields.text(o.args(), "item_code"))
            .orElse(null);
    return lines.stream()
        .filter(l -> lastAdded != null && lastAdded.equals(ReferenceResolver.itemCode(l)))
        .toList();
  }

  private static List<String> words(Map<String, Object> line) {
    List<String> words = new java.util.ArrayList<>(Fields.optionWords(CatalogReplies.name(line)));
    words.addAll(Fields.optionWords(line.get("options")));
    return words;
  }

  private Step once(String tool, String headline) {
    Optional<Memory.Outcome> done = turn.memory.turn(tool);
    return done.isEmpty() ? Step.call(tool) : render(done.get(), headline);
  }

  private Step render(Memory.Outcome done, String headline) {
    return Step.say(
        done.failed() ? Replies.error(turn, done) : replies.cart(done.data(), headline));
  }
}
