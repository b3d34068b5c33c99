package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The payment method code an order-care write should use: a code as the customer wrote it; a kind
 * ("paypal") found among the order's own payments, then among the customer's methods (listed first
 * when the history has none); nothing said: the method the order was paid with.
 *
 * @param code the code, when found
 * @param step the call or question needed first, when not
 */
record PaymentCode(String code, Step step) {

  private static final Set<String> KINDS = Set.of("credit_card", "paypal", "gift_card");

  static PaymentCode find(Turn turn, String wanted, Map<String, Object> order) {
    if (wanted != null && !KINDS.contains(wanted)) {
      return new PaymentCode(wanted, null);
    }
    List<String> paidWith = paidWith(order);
    if (wanted == null) {
      return paidWith.isEmpty() ? ask(turn, List.of()) : new PaymentCode(paidWith.get(0), null);
    }
    for (String code : paidWith) {
      if (code.startsWith(wanted)) {
        return new PaymentCode(code, null);
      }
    }
    Optional<Memory.Outcome> listed = turn.memory.latestOk("list_payment_methods");
    if (listed.isEmpty()) {
      return new PaymentCode(null, Step.call("list_payment_methods"));
    }
    List<Map<String, Object>> methods = Fields.maps(listed.get().data(), "payment_methods");
    Map<String, Object> method = CheckoutFlow.PaymentChoice.pick(methods, wanted);
    String code = method == null ? null : Fields.text(method, "code");
    return code != null ? new PaymentCode(code, null) : ask(turn, methods);
  }

  /** The codes that paid the order (refunds left out), in the order paid. */
  static List<String> paidWith(Map<String, Object> order) {
    List<String> codes = new ArrayList<>();
    for (Map<String, Object> payment : Fields.maps(order, "payments", "payment_history")) {
      String type = String.valueOf(Fields.text(payment, "type", "transaction_type", "kind"));
      String code =
          Fields.text(
              payment, "payment_method_code", "paymentMethodCode", "payment_method_id", "code");
      if (code != null && !type.equalsIgnoreCase("refund") && !codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  private static PaymentCode ask(Turn turn, List<Map<String, Object>> methods) {
    String list =
        methods.isEmpty()
            ? ""
            : new CartReplies(turn).paymentLines(methods, Money.currency(Map.of())) + "\n";
    return new PaymentCode(null, Step.say(list + turn.say(Phrase.ASK_PAYMENT)));
  }
}
