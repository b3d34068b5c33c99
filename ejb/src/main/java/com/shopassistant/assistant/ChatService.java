package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolRegistry;
import com.shopassistant.customer.UnknownCustomerException;
import com.shopassistant.usage.BudgetReservation;
import com.shopassistant.usage.ModelCapacityExceededException;
import com.shopassistant.usage.ReservationAttempt;
import com.shopassistant.usage.TokenBudgetExceededException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One chat turn: record the customer's message, pick the model, send the prompt with the trimmed
 * history and the tools, run the tools the model calls as the caller, loop until it answers or the
 * cap is reached, store every message and meter every call. Not transactional itself: each step
 * commits on its own, so nothing is held open while a model thinks.
 */
@ApplicationScoped
public class ChatService {

  @Inject ConversationStore store;
  @Inject ModelRouter router;
  @Inject AssistantModels models;
  @Inject ToolRegistry tools;
  @Inject HistorySummariser summariser;
  @Inject AssistantMetrics metrics;
  @Inject TurnBudget budget;
  @Inject HistoryFolds folds;

  @Inject
  @ConfigProperty(name = "shop.assistant.max-model-calls-per-turn", defaultValue = "6")
  int maxModelCalls;

  @Inject
  @ConfigProperty(name = "shop.assistant.tool-selection", defaultValue = "intent")
  String toolSelection;

  @Inject HistoryWindow historyWindow;

  /** Fails unless {@code conversationId} is null (a new one) or one of the caller's. */
  public void requireOwned(long customerId, String conversationId)
      throws ConversationNotFoundException {
    if (conversationId != null && !store.owns(customerId, conversationId)) {
      throw new ConversationNotFoundException(conversationId);
    }
  }

  /** Answers a message; text, tool calls and a pending write are also told to {@code listener}. */
  public ChatAnswer chat(ChatCommand command, ChatListener listener)
      throws ConversationNotFoundException,
          UnknownCustomerException,
          ChatBudgetExceededException,
          ChatCapacityExceededException {
    long started = System.nanoTime();
    String language = CustomerLanguage.of(command.message(), null);
    folds.awaitAhead(command.conversationId());
    TurnPlan[] planned = new TurnPlan[1];
    OpenedTurn opened =
        store.begin(
            command.customerId(),
            command.conversationId(),
            command.message(),
            language,
            opening -> {
              planned[0] = planner().plan(command, opening, listener, true);
              return planned[0].turn() == null ? -1 : firstCallTokens(planned[0]);
            });
    ConversationState state = opened.state();
    listener.started(state.id());
    TurnPlan plan = planned[0];
    ChatAnswer result;
    try {
      if (plan.declined()) {
        store.clearPendingConfirmation(command.customerId(), state.id());
      }
      metrics.routed(plan.route());
      if (plan.turn() == null) { // the history must be folded first; the reservation comes after
        state = withTrimmedHistory(state);
        plan = planner().plan(command, state, listener, false);
      }
    } catch (ConversationNotFoundException | RuntimeException | Error e) {
      releaseFirst(opened);
      throw e;
    }
    ChatTurn turn = plan.turn();
    try {
      result = run(turn, plan.declared(), opened.firstCall());
    } catch (ChatBudgetExceededException e) {
      metrics.turn("budget_exceeded", Duration.ofNanos(System.nanoTime() - started));
      throw e;
    } catch (ChatCapacityExceededException e) {
      metrics.turn("capacity_exceeded", Duration.ofNanos(System.nanoTime() - started));
      throw e;
    }
    metrics.turn(
        result.budgetRefusal() != null
            ? "budget_exceeded"
            : result.stoppedAtCap() ? "loop_cap" : "answered",
        Duration.ofNanos(System.nanoTime() - started));
    if (result.budgetRefusal() == null) {
      folds.ahead(command.customerId(), state.id(), turn.unsummarisedAfter());
    }
    // An answer and a refusal carry the budget already (read in their last transaction).
    return result.budget() != null || result.budgetRefusal() != null
        ? result
        : result.withBudget(budget.status(command.customerId()).orElse(null), null);
  }

  private TurnPlanner planner() {
    return new TurnPlanner(router, historyWindow, tools, store, toolSelection);
  }

  private int firstCallTokens(TurnPlan plan) {
    ChatTurn turn = plan.turn();
    return budget.promptTokens(
        turn.request(plan.declared()), () -> turn.declarationTokens(plan.declared()));
  }

  private void releaseFirst(OpenedTurn opened) {
    if (opened.firstCall() != null && !opened.firstCall().refused()) {
      budget.release(opened.firstCall().reservation());
    }
  }

  /**
   * The model-call loop. The first call's reservation comes from the transaction that stored the
   * customer's message ({@code first}), or is made here when that one made none; each call's
   * reservation is settled in the transaction that stores what came of the call, which (after
   * tools) also reserves the next call; if anything fails on the way, the reservation is released.
   */
  private ChatAnswer run(ChatTurn turn, List<ToolDeclaration> declared, ReservationAttempt first)
      throws ConversationNotFoundException,
          ChatBudgetExceededException,
          ChatCapacityExceededException {
    ModelRequest request = turn.request(declared);
    BudgetReservation reservation;
    if (first != null) {
      if (first.refused()) {
        return budgetSpent(turn, first.refusal());
      }
      reservation = first.reservation();
    } else {
      try {
        reservation =
            budget.reserve(
                turn.state().customerId(), request, () -> turn.declarationTokens(declared));
      } catch (TokenBudgetExceededException e) {
        return budgetSpent(turn, e);
      }
    }
    for (int call = 1; call <= maxModelCalls; call++) {
      BudgetReservation held = reservation;
      try {
        ModelReply reply = models.answer(request, turn.textSink(), held.counted());
        if (!reply.model().equals(request.model())) {
          held = held.withoutCount(); // a fallback answered: the routed call keeps its estimate
        }
        if (!reply.callsTools()) {
          return turn.finish(reply, held);
        }
        if (call == maxModelCalls) {
          turn.meteredOnly(reply, held); // its calls are neither run nor stored
          break;
        }
        List<ToolOutcome> outcomes = turn.runTools(reply);
        request = turn.request(declared);
        int nextTokens = budget.promptTokens(request, () -> turn.declarationTokens(declared));
        ReservationAttempt next = turn.recordStep(reply, held, outcomes, nextTokens);
        if (next.refused()) {
          return budgetSpent(turn, next.refusal());
        }
        reservation = next.reservation();
      } catch (ModelCapacityExceededException e) {
        budget.release(held);
        return capacitySpent(turn, e);
      } catch (ConversationNotFoundException | RuntimeException | Error e) {
        budget.release(held);
        throw e;
      }
    }
    String text = TurnTexts.loopCap(turn.state().language(), maxModelCalls);
    if (turn.textSink() != null) {
      turn.textSink().accept(text);
    }
    turn.said(text);
    return turn.answer(text, true);
  }

  /**
   * The budget cannot cover the next call: say so politely and stop. Before any model call of the
   * turn that is a refused turn (429 for the API); after some, the turn ends with the refusal.
   */
  private ChatAnswer budgetSpent(ChatTurn turn, TokenBudgetExceededException refusal)
      throws ConversationNotFoundException, ChatBudgetExceededException {
    String text = TurnTexts.budgetExceeded(turn.state().language(), refusal, budget.zone());
    turn.said(text);
    if (turn.modelCalls() == 0) {
      throw new ChatBudgetExceededException(turn.state().id(), text, refusal);
    }
    if (turn.textSink() != null) {
      turn.textSink().accept(text);
    }
    return turn.answer(text, false)
        .withBudget(budget.status(turn.state().customerId()).orElse(null), refusal.reason());
  }

  /**
   * The global model limit refused the call (its budget reservation is already released). Before
   * any model call of the turn nothing has happened: the turn is refused (503 for the API) and may
   * be sent again. After some, a tool may have written (a cart line): the turn ends with the polite
   * answer instead, so that the message, and its writes, are not sent again.
   */
  private ChatAnswer capacitySpent(ChatTurn turn, ModelCapacityExceededException refusal)
      throws ConversationNotFoundException, ChatCapacityExceededException {
    String text = TurnTexts.busy(turn.state().language(), refusal.retryAfterSeconds());
    turn.said(text);
    if (turn.modelCalls() == 0) {
      throw new ChatCapacityExceededException(turn.state().id(), text, refusal);
    }
    if (turn.textSink() != null) {
      turn.textSink().accept(text);
    }
    return turn.answer(text, false);
  }

  /**
   * Folds the turns that no longer fit the history window into the summary, and drops them. With
   * folds ahead ({@link HistoryFolds}) that was mostly done after the previous turn: here only what
   * a long message pushes out, or what a fold ahead could not do.
   */
  private ConversationState withTrimmedHistory(ConversationState state)
      throws ConversationNotFoundException {
    HistoryWindow.Split split = historyWindow.split(state.unsummarised());
    if (split.folded().isEmpty()) {
      return state;
    }
    String summary =
        summariser.fold(state, split.folded().stream().map(StoredMessage::message).toList());
    if (store.fold(state.customerId(), state.id(), summary, split.foldThrough())) {
      metrics.folded("in_turn");
    }
    return new ConversationState(
        state.id(),
        state.customerId(),
        state.turnCount(),
        state.language(),
        summary,
        split.kept(),
        state.pending());
  }
}
