package com.shopassistant.assistant.offline;

import com.shopassistant.assistant.model.ModelMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Placed orders: list, status, cancel, a pending order's address or payment method, and the hand
 * over to people. Writes are quoted only; the customer's yes confirms them in a later turn.
 */
final class OrderFlow {

  private final Turn turn;
  private final OrderReplies replies;
  private final List<ModelMessage> history;

  OrderFlow(Turn turn, List<ModelMessage> history) {
    this.turn = turn;
    this.replies = new OrderReplies(turn);
    this.history = history;
  }

  Step list() {
    Optional<Memory.Outcome> done = turn.memory.turn("list_orders");
    return done.isEmpty() ? Step.call("list_orders") : say(done.get(), replies::orders);
  }

  Step status(String number) {
    if (number == null) {
      return list();
    }
    Optional<Memory.Outcome> done = turn.memory.turn("get_order_details");
    return done.isEmpty()
        ? Step.call("get_order_details", "order_number", number)
        : say(done.get(), replies::order);
  }

  Step cancel(String number, String reason) {
    Optional<Memory.Outcome> quoted = turn.memory.turn("cancel_pending_order");
    if (quoted.isPresent()) {
      return quote(quoted.get());
    }
    if (number == null) {
      return askOrder();
    }
    if (reason == null) {
      return Step.say(turn.say(Phrase.ASK_CANCEL_REASON, number));
    }
    return Step.call("cancel_pending_order", "order_number", number, "reason", reason);
  }

  Step changeAddress(String number, String address) {
    Optional<Memory.Outcome> quoted = turn.memory.turn("modify_pending_order_address");
    if (quoted.isPresent()) {
      return quote(quoted.get());
    }
    if (number == null) {
      return askOrder();
    }
    Map<String, String> fields = PostalText.parse(address);
    if (fields == null) {
      return Step.say(turn.say(Phrase.ASK_NEW_ADDRESS, number));
    }
    Object[] args = new Object[2 + fields.size() * 2];
    args[0] = "order_number";
    args[1] = number;
    int i = 2;
    for (Map.Entry<String, String> field : fields.entrySet()) {
      args[i++] = field.getKey();
      args[i++] = field.getValue();
    }
    return Step.call("modify_pending_order_address", args);
  }

  Step changePayment(String number, String wanted) {
    Optional<Memory.Outcome> quoted = turn.memory.turn("modify_pending_order_payment");
    if (quoted.isPresent()) {
      return quote(quoted.get());
    }
    if (number == null) {
      return askOrder();
    }
    PaymentCode code = PaymentCode.find(turn, wanted, Map.of());
    if (code.step() != null) {
      return code.step();
    }
    return Step.call(
        "modify_pending_order_payment", "order_number", number, "payment_method_code", code.code());
  }

  Step human() {
    Optional<Memory.Outcome> done = turn.memory.turn("transfer_to_human_agents");
    if (done.isPresent()) {
      return say(done.get(), replies::transferred);
    }
    String summary = new OfflineSummariser().summarise(null, history);
    if (summary.isBlank()) {
      summary = turn.memory.userText();
    }
    return Step.call("transfer_to_human_agents", "summary", summary);
  }

  /** Which order? The orders are listed first so the customer can pick one. */
  Step askOrder() {
    Optional<Memory.Outcome> listed = turn.memory.turn("list_orders");
    if (listed.isEmpty()) {
      return Step.call("list_orders");
    }
    String orders = listed.get().failed() ? "" : replies.orders(listed.get().data()) + "\n";
    return Step.say(orders + turn.say(Phrase.ASK_ORDER));
  }

  Step quote(Memory.Outcome quoted) {
    return say(quoted, data -> replies.changeQuote(quoted.tool(), data));
  }

  private Step say(
      Memory.Outcome outcome, java.util.function.Function<Map<String, Object>, String> render) {
    return Step.say(outcome.failed() ? Replies.error(turn, outcome) : render.apply(outcome.data()));
  }
}
