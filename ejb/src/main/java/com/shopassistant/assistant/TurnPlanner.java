package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.ConfirmationGate;
import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.assistant.tool.ToolContext;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolRegistry;
import com.shopassistant.ops.DatabaseTime;
import java.util.List;

/**
 * Plans a turn from its message and its conversation's state (see {@link TurnPlan}): reads and
 * decides, never writes. Made per turn from the chat service's settings.
 */
final class TurnPlanner {

  private final ModelRouter router;
  private final HistoryWindow historyWindow;
  private final ToolRegistry tools;
  private final ConversationStore store;
  private final String toolSelection;

  TurnPlanner(
      ModelRouter router,
      HistoryWindow historyWindow,
      ToolRegistry tools,
      ConversationStore store,
      String toolSelection) {
    this.router = router;
    this.historyWindow = historyWindow;
    this.tools = tools;
    this.store = store;
    this.toolSelection = toolSelection;
  }

  /**
   * The plan; with {@code mayFold}, no turn when the history does not fit the window (the caller
   * folds it and plans again without).
   */
  TurnPlan plan(
      ChatCommand command, ConversationState state, ChatListener listener, boolean mayFold) {
    PendingAction pending = state.pending();
    Affirmation.Answer answer = Affirmation.of(command.message());
    boolean confirmed = pending != null && confirms(command, pending, answer);
    boolean declined = pending != null && answer == Affirmation.Answer.NO && !confirmed;
    PendingAction open = declined ? null : pending;
    RoutingDecision route = router.choose(command.message(), state.turnCount());
    if (mayFold && !historyWindow.split(state.unsummarised()).folded().isEmpty()) {
      return new TurnPlan(declined, route, null, null);
    }
    ToolContext context =
        new ToolContext(
            command.customerId(), state.id(), state.language(), gate(confirmed, pending));
    ChatTurn turn = new ChatTurn(state, route, context, listener, open, store, tools);
    return new TurnPlan(declined, route, turn, declarations(command.message(), state, open));
  }

  private List<ToolDeclaration> declarations(
      String message, ConversationState state, PendingAction open) {
    return "all".equals(toolSelection)
        ? tools.declarations()
        : ToolSelector.select(
            tools.declarations(), message, ModelMessages.of(state.unsummarised()), open, false);
  }

  private static boolean confirms(
      ChatCommand command, PendingAction pending, Affirmation.Answer answer) {
    if (command.confirmationToken() != null) {
      return command.confirmationToken().equals(pending.token());
    }
    return answer == Affirmation.Answer.YES;
  }

  // The server's check: only this turn's explicit yes, only for the token pending when it began.
  private static ConfirmationGate gate(boolean confirmed, PendingAction pending) {
    if (!confirmed) {
      return ConfirmationGate.CLOSED;
    }
    return token ->
        pending.token().equals(token)
            && (pending.expiresAt() == null || DatabaseTime.now().isBefore(pending.expiresAt()));
  }
}
