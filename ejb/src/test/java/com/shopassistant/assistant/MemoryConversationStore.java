package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.usage.BudgetReservation;
import com.shopassistant.usage.ModelRatePermit;
import com.shopassistant.usage.ReservationAttempt;
import com.shopassistant.usage.TokenCounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The conversation's rows in memory. */
final class MemoryConversationStore extends ConversationStore {
  private final String conversation;
  private final ScriptedBudget budget;
  private final List<TokenCounts> ledgerRows;

  MemoryConversationStore(
      String conversation, ScriptedBudget budget, List<TokenCounts> ledgerRows) {
    this.conversation = conversation;
    this.budget = budget;
    this.ledgerRows = ledgerRows;
  }

  final List<String> roles = new ArrayList<>();

  /** One entry per transaction the chat service asked for, by method. */
  final List<String> writes = new ArrayList<>();

  final List<StoredMessage> messages = new ArrayList<>();

  /** The global-limit counts the recording transactions were given to correct. */
  final List<ModelRatePermit> countsSettled = new ArrayList<>();

  PendingAction pending;

  @Override
  public ConversationState begin(long customerId, String id, String text, String language) {
    writes.add("begin");
    roles.add("USER");
    messages.add(StoredMessage.of(messages.size() + 1, ModelMessage.user(text)));
    return new ConversationState(
        conversation, customerId, 1, language, null, List.copyOf(messages), pending);
  }

  @Override
  public OpenedTurn begin(
      long customerId,
      String id,
      String text,
      String language,
      ToIntFunction<ConversationState> firstCall) {
    ConversationState state = begin(customerId, id, text, language);
    int tokens = firstCall.applyAsInt(state);
    return new OpenedTurn(state, tokens < 0 ? null : budget.attempt(tokens));
  }

  @Override
  public BigDecimal recordModelReply(
      long customerId,
      String id,
      ModelReply reply,
      boolean meter,
      boolean keep,
      BudgetReservation reservation) {
    writes.add("reply");
    return store(reply, meter, keep, reservation);
  }

  private BigDecimal store(
      ModelReply reply, boolean meter, boolean keep, BudgetReservation reservation) {
    if (reservation.held()) {
      budget.settled.add(reservation.id());
    }
    if (meter && reservation.counted().counted()) {
      countsSettled.add(reservation.counted());
    }
    if (meter) {
      ledgerRows.add(
          TokenCounts.of(reply.usage().input(), reply.usage().output(), reply.usage().cached()));
    }
    if (keep) {
      roles.add("MODEL");
    }
    return meter ? new BigDecimal("0.001") : BigDecimal.ZERO;
  }

  @Override
  public RecordedAnswer recordAnswer(
      long customerId, String id, ModelReply reply, BudgetReservation reservation) {
    writes.add("answer");
    BigDecimal cost = store(reply, true, true, reservation);
    return new RecordedAnswer(cost, budget.status(customerId).orElse(null));
  }

  @Override
  public ToolStepRecord recordToolStep(
      long customerId,
      String id,
      ModelReply reply,
      BudgetReservation reservation,
      List<ToolOutcome> outcomes,
      int nextPromptTokens) {
    writes.add("step");
    BigDecimal cost = store(reply, true, true, reservation);
    for (ToolOutcome outcome : outcomes) {
      roles.add("TOOL");
      if (outcome.pending() != null) {
        pending = outcome.pending();
      } else if (outcome.committed()) {
        pending = null;
      }
    }
    return new ToolStepRecord(
        cost,
        nextPromptTokens < 0
            ? ReservationAttempt.granted(BudgetReservation.NONE)
            : budget.attempt(nextPromptTokens));
  }

  @Override
  public boolean fold(long customerId, String id, String summary, int throughSeq) {
    writes.add("fold " + summary + " through " + throughSeq);
    return true;
  }

  @Override
  public void clearPendingConfirmation(long customerId, String id) {
    pending = null;
  }
}
