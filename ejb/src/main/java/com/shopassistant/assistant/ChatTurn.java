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

  /** A model answered: meter the call and, when {@code keep}, store and remember its message. */
  void replied(ModelReply reply, boolean keep, BudgetReservation reservation)
      throws ConversationNotFoundException {
    BigDecimal callCost =
        store.recordModelReply(state.customerId(), state.id(), reply, true, keep, reservation);
    input += reply.usage().input();
    output += reply.usage().output();
    cached += reply.usage().cached();
    modelCalls++;
    cost = cost.add(callCost);
    lastModel = reply.model();
    if (keep) {
      history.add(reply.asMessage());
    }
  }

  /** The loop's own words (no model call): stored, not metered. */
  void said(String text) throws ConversationNotFoundException {
    ModelReply own = new ModelReply(text, List.of(), null, lastModel, null);
    store.recordModelReply(
        state.customerId(), state.id(), own, false, true, BudgetReservation.NONE);
    history.add(own.asMessage());
  }

  /** Runs the reply's tool calls in order, as the caller, and stores what each answered. */
  void runTools(ModelReply reply) throws ConversationNotFoundException {
    for (FunctionCall call : reply.calls()) {
      ToolResult result = tools.run(call.name(), call.args(), context);
      boolean committed = result.ok() && committed(call.name());
      store.recordToolResult(
          state.customerId(),
          state.id(),
          call.name(),
          AssistantJson.write(result.data()),
          result.pending(),
          committed);
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
  }

  ChatAnswer answer(String text, boolean capped) {
    TurnUsage usage = new TurnUsage(input, output, cached, lastModel, modelCalls, cost);
    return new ChatAnswer(state.id(), text, List.copyOf(toolCalls), pending, usage, capped);
  }

  private static boolean committed(String toolName) {
    return toolName.startsWith("confirm_");
  }
}
