package com.shopassistant.assistant.offline;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the request's history says, as the offline assistant needs it: every tool result paired with
 * the arguments it was called with, which of them belong to this turn (after the last customer
 * message), the customer's earlier words and the write waiting for a yes. Built afresh from each
 * request: the assistant keeps nothing between calls.
 */
final class Memory {

  /** One tool result and the call that produced it. */
  record Outcome(
      int index, String tool, Map<String, Object> args, Map<String, Object> data, boolean inTurn) {

    boolean failed() {
      return data.containsKey("error");
    }

    String error() {
      return Fields.text(data, "error");
    }
  }

  /** A quote waiting for the customer's yes: its token and the tool that confirms it. */
  record Pending(String token, String quotedBy, Map<String, Object> data) {

    String confirmTool() {
      return "quote_checkout".equals(quotedBy) ? "confirm_checkout" : "confirm_order_change";
    }
  }

  private static final Set<String> WRAPPERS = Set.of("result", "data", "response", "output");

  private final List<ModelMessage> history;
  private final List<Outcome> outcomes = new ArrayList<>();
  private final int lastUser;

  Memory(List<ModelMessage> history) {
    this.history = List.copyOf(history);
    int user = -1;
    for (int i = 0; i < this.history.size(); i++) {
      if (this.history.get(i).role() == ModelMessage.Role.USER) {
        user = i;
      }
    }
    this.lastUser = user;
    pair();
  }

  // Each TOOL message answers the oldest call of that name not yet answered.
  private void pair() {
    LinkedList<FunctionCall> open = new LinkedList<>();
    for (int i = 0; i < history.size(); i++) {
      ModelMessage message = history.get(i);
      if (message.role() == ModelMessage.Role.MODEL) {
        open.addAll(message.calls());
      } else if (message.role() == ModelMessage.Role.TOOL) {
        FunctionCall call =
            open.stream().filter(c -> c.name().equals(message.toolName())).findFirst().orElse(null);
        open.remove(call);
        Map<String, Object> args = call == null ? Map.of() : call.args();
        outcomes.add(
            new Outcome(i, message.toolName(), args, unwrap(message.response()), i > lastUser));
      }
    }
  }

  // A result wrapped once more ({"result": {...}}) reads like the bare one.
  private static Map<String, Object> unwrap(Map<String, Object> response) {
    if (response.size() == 1) {
      String key = response.keySet().iterator().next();
      if (WRAPPERS.contains(key) && response.get(key) instanceof Map<?, ?>) {
        return Fields.map(response.get(key));
      }
    }
    return response;
  }

  /** This turn's results, oldest first. */
  List<Outcome> turn() {
    return outcomes.stream().filter(Outcome::inTurn).toList();
  }

  /** This turn's latest result of {@code tool}. */
  Optional<Outcome> turn(String tool) {
    return latest(o -> o.inTurn() && o.tool().equals(tool));
  }

  /** The latest successful result of any of {@code tools}, from any turn. */
  Optional<Outcome> latestOk(String... tools) {
    Set<String> names = Set.of(tools);
    return latest(o -> names.contains(o.tool()) && !o.failed());
  }

  private Optional<Outcome> latest(java.util.function.Predicate<Outcome> test) {
    for (int i = outcomes.size() - 1; i >= 0; i--) {
      if (test.test(outcomes.get(i))) {
        return Optional.of(outcomes.get(i));
      }
    }
    return Optional.empty();
  }

  List<Outcome> all() {
    return List.copyOf(outcomes);
  }

  /** The message this turn answers. */
  String userText() {
    return lastUser < 0 ? "" : history.get(lastUser).text();
  }

  /** The customer's messages before this turn's, newest first. */
  List<String> earlierUserTexts() {
    List<String> texts = new ArrayList<>();
    for (int i = lastUser - 1; i >= 0; i--) {
      if (history.get(i).role() == ModelMessage.Role.USER) {
        texts.add(history.get(i).text());
      }
    }
    return texts;
  }

  /** The assistant's last words before this turn, or "". */
  String previousReply() {
    for (int i = lastUser - 1; i >= 0; i--) {
      ModelMessage message = history.get(i);
      if (message.role() == ModelMessage.Role.USER) {
        return "";
      }
      if (message.role() == ModelMessage.Role.MODEL && !message.text().isBlank()) {
        return message.text();
      }
    }
    return "";
  }

  /**
   * The newest quote that waits for a yes: it carries a confirmation token, no confirm call took
   * that token since (one the gate refused does not count), and the customer has not said no since.
   */
  Optional<Pending> pending() {
    return pendingBefore(history.size());
  }

  /** The quote that was waiting when this turn's message arrived. */
  Optional<Pending> pendingBeforeThisTurn() {
    return pendingBefore(Math.max(lastUser, 0));
  }

  private Optional<Pending> pendingBefore(int end) {
    for (int i = outcomes.size() - 1; i >= 0; i--) {
      Outcome quote = outcomes.get(i);
      String token = Fields.text(quote.data(), "confirmation_token", "confirmationToken");
      if (quote.index() < end && token != null && !quote.failed() && !isConfirm(quote)) {
        return consumed(quote, token, end) || declined(quote.index(), end)
            ? Optional.empty()
            : Optional.of(new Pending(token, quote.tool(), quote.data()));
      }
    }
    return Optional.empty();
  }

  private static boolean isConfirm(Outcome outcome) {
    return outcome.tool().startsWith("confirm_");
  }

  private boolean consumed(Outcome quote, String token, int end) {
    return outcomes.stream()
        .filter(o -> o.index() > quote.index() && o.index() < end && isConfirm(o))
        .filter(o -> Objects.equals(Fields.text(o.args(), "confirmation_token"), token))
        .anyMatch(o -> !"confirmation-required".equals(o.error()));
  }

  private boolean declined(int index, int end) {
    for (int i = index + 1; i < end; i++) {
      ModelMessage message = history.get(i);
      if (message.role() == ModelMessage.Role.USER
          && IntentParser.parse(message.text()) instanceof Intent.Decline) {
        return true;
      }
    }
    return false;
  }
}
