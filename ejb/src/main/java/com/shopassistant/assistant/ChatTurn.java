package com.shopassistant.assistant;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.assistant.tool.ToolContext;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolDeclarationsJson;
import com.shopassistant.assistant.tool.ToolRegistry;
import com.shopassistant.assistant.tool.ToolResult;
import com.shopassistant.usage.BudgetReservation;
import com.shopassistant.usage.ReservationAttempt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The working state of one turn: its history so far, tool calls, pending write and usage. */
final class ChatTurn {

  private final ConversationState state;
  private final RoutingDecision route;
  private final ToolContext context;
  private final ChatListener listener;
  private final ConversationStore store;
  private final ToolRegistry tools;
  private final List<ModelMessage> history;
  private final List<ToolCallView> toolCalls = new ArrayList<>();
  private PendingAction pending;
  private int input;
  private int output;
  private int cached;
  private int modelCalls;
  private BigDecimal cost = BigDecimal.ZERO;
  private String lastModel;
  private int declarationTokens = -1;

  ChatTurn(
      ConversationState state,
      RoutingDecision route,
      ToolContext context,
      ChatListener listener,
      PendingAction open,
      ConversationStore store,
      ToolRegistry tools) {
    this.state = state;
    this.route = route;
    this.context = context;
    this.listener = listener;
    this.store = store;
    this.tools = tools;
    this.history =
        new ArrayList<>(
            OlderToolResults.shorten(
                state.unsummarised().stream().map(StoredMessage::message).toList()));
    this.pending = open;
    this.lastModel = route.model();
  }

  ConversationState state() {
    return state;
  }

  String lastModel() {
    return lastModel;
  }

  int modelCalls() {
    return modelCalls;
  }

  /** The declarations' tokens, measured once a turn and only when a budget asks. */
  int declarationTokens(List<ToolDeclaration> declarations) {
    if (declarationTokens < 0) {
      declarationTokens = ToolDeclarationsJson.tokens(declarations);
    }
    return declarationTokens;
  }

  ModelRequest request(List<ToolDeclaration> declarations) {
    return new ModelRequest(
        route.model(), SystemPrompt.TEXT, state.summary(), history, declarations, state.language());
  }

  /** Where streamed text goes; null when the listener does not stream. */
  Consumer<String> textSink() {
    return listener.streaming() ? listener::text : null;
  }

  /** A reply whose calls are neither run nor kept (the loop's cap): metered, not stored. */
  void meteredOnly(ModelReply reply, BudgetReservation reservation)
      throws ConversationNotFoundException {
    count(
        reply,
        store.recordModelReply(state.customerId(), state.id(), reply, true, false, reservation));
  }

  /**
   * The model answered in text: its call metered, its message stored and the customer's budget
   * read, in one transaction; the turn's answer.
   */
  ChatAnswer finish(ModelReply reply, BudgetReservation reservation)
      throws ConversationNotFoundException {
    RecordedAnswer recorded =
        store.recordAnswer(state.customerId(), state.id(), reply, reservation);
    count(reply, recorded.cost());
    history.add(reply.asMessage());
    return answer(reply.text(), false).withBudget(recorded.budget(), null);
  }

  /**
   * Stores a tool step run by {@link #runTools} (the call metered, its message, the results) and
   * reserves the next call's {@code nextPromptTokens} (none when negative), in one transaction.
   */
  ReservationAttempt recordStep(
      ModelReply reply,
      BudgetReservation reservation,
      List<ToolOutcome> outcomes,
      int nextPromptTokens)
      throws ConversationNotFoundException {
    ToolStepRecord record =
        store.recordToolStep(
            state.customerId(), state.id(), reply, reservation, outcomes, nextPromptTokens);
    count(reply, record.cost());
    return record.next();
  }

  private void count(ModelReply reply, BigDecimal callCost) {
    input += reply.usage().input();
    output += reply.usage().output();
    cached += reply.usage().cached();
    modelCalls++;
    cost = cost.add(callCost);
    lastModel = reply.model();
  }

  /** The loop's own words (no model call): stored, not metered. */
  void said(String text) throws ConversationNotFoundException {
    ModelReply own = new ModelReply(text, List.of(), null, lastModel, null);
    store.recordModelReply(
        state.customerId(), state.id(), own, false, true, BudgetReservation.NONE);
    history.add(own.asMessage());
  }

  /**
   * Runs the reply's tool calls in order, as the caller (each tool commits its own work); the reply
   * and the results join the history, and what is to be stored is returned for {@link #recordStep},
   * which stores it all before the next model call.
   */
  List<ToolOutcome> runTools(ModelReply reply) {
    history.add(reply.asMessage());
    List<ToolOutcome> outcomes = new ArrayList<>();
    for (FunctionCall call : reply.calls()) {
      ToolResult result = tools.run(call.name(), call.args(), context);
      boolean committed = result.ok() && committed(call.name());
      outcomes.add(
          new ToolOutcome(
              call.name(), AssistantJson.write(result.data()), result.pending(), committed));
      history.add(ModelMessage.tool(call.name(), result.data()));
      ToolCallView view = new ToolCallView(call.name(), result.ok(), result.summary());
      toolCalls.add(view);
      listener.toolCall(view);
      if (result.pending() != null) {
        pending = result.pending();
        listener.pending(pending);
      } else if (committed) {
        pending = null;
      }
    }
    return outcomes;
  }

  /**
   * The unsummarised messages once this turn is stored: those it started from and those it added,
   * as stored (numbered on from the last; a call cut off by the cap is not stored, nor here).
   */
  List<StoredMessage> unsummarisedAfter() {
    List<StoredMessage> messages = new ArrayList<>(state.unsummarised());
    int seq = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).seq();
    for (ModelMessage added : history.subList(state.unsummarised().size(), history.size())) {
      messages.add(StoredMessage.of(++seq, added));
    }
    return messages;
  }

  ChatAnswer answer(String text, boolean capped) {
    TurnUsage usage = new TurnUsage(input, output, cached, lastModel, modelCalls, cost);
    return new ChatAnswer(state.id(), text, List.copyOf(toolCalls), pending, usage, capped);
  }

  private static boolean committed(String toolName) {
    return toolName.startsWith("confirm_");
  }
}
