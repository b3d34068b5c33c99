package com.shopassistant.assistant;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.UnknownCustomerException;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.usage.BudgetReservation;
import com.shopassistant.usage.ModelRateLimiter;
import com.shopassistant.usage.ReservationAttempt;
import com.shopassistant.usage.TokenBudgetService;
import com.shopassistant.usage.TokenCounts;
import com.shopassistant.usage.TokenLedger;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The conversation's rows. Each method is one short transaction, so no transaction stays open while
 * a model thinks; appends lock the conversation's row, which also holds the last message's number,
 * so two instances writing the same conversation number its messages without gaps or clashes.
 */
@Stateless
public class ConversationStore {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject TokenLedger ledger;
  @Inject TokenBudgetService budgets;
  @Inject ModelRateLimiter modelLimit;

  /**
   * Opens the caller's conversation (a new one when {@code id} is null), records the customer's
   * message and returns the state the turn works from.
   */
  public ConversationState begin(long customerId, String id, String userText, String language)
      throws ConversationNotFoundException, UnknownCustomerException {
    Conversation conversation = id == null ? start(customerId, userText) : locked(customerId, id);
    PendingAction pending = pendingOf(conversation);
    conversation.speak(language);
    em.persist(conversation.appendNext(MessageRole.USER, userText, null, null));
    em.flush();
    return stateOf(conversation, customerId, pending);
  }

  /**
   * Like {@link #begin(long, String, String, String)}, and reserves the budget of the turn's first
   * model call in the same transaction: {@code firstCall} gives its prompt tokens from the state
   * the turn works from (negative: reserve nothing here). A refused reservation does not undo the
   * message. The customer's row is locked first, as the reservation will lock it.
   */
  public OpenedTurn begin(
      long customerId,
      String id,
      String userText,
      String language,
      ToIntFunction<ConversationState> firstCall)
      throws ConversationNotFoundException, UnknownCustomerException {
    lockCustomer(customerId);
    ConversationState state = begin(customerId, id, userText, language);
    int tokens = firstCall.applyAsInt(state);
    return new OpenedTurn(state, tokens < 0 ? null : budgets.tryReserve(customerId, tokens));
  }

  /**
   * Records a model call in one transaction: its ledger row when {@code meter} (a model call, not
   * the loop's own text), and its message when {@code keep} (the calls of a reply cut off by the
   * loop cap are not kept: a call without its result would break the history). The call's budget
   * {@code reservation} ends in the same transaction. Returns the cost.
   */
  public BigDecimal recordModelReply(
      long customerId,
      String id,
      ModelReply reply,
      boolean meter,
      boolean keep,
      BudgetReservation reservation)
      throws ConversationNotFoundException {
    BigDecimal cost = meter ? meter(customerId, id, reply, reservation) : BigDecimal.ZERO;
    if (keep) {
      em.persist(modelMessage(locked(customerId, id), reply));
    }
    settleCount(reply, reservation, meter);
    return cost;
  }

  /**
   * The turn's last model call, its answer, in one transaction: the ledger row (ending {@code
   * reservation}), the message, and where the customer's budget stands with this call counted.
   */
  public RecordedAnswer recordAnswer(
      long customerId, String id, ModelReply reply, BudgetReservation reservation)
      throws ConversationNotFoundException {
    BigDecimal cost = meter(customerId, id, reply, reservation);
    em.persist(modelMessage(locked(customerId, id), reply));
    RecordedAnswer recorded = new RecordedAnswer(cost, budgets.status(customerId).orElse(null));
    settleCount(reply, reservation, true);
    return recorded;
  }

  /**
   * A model call that asked for tools, and what they answered, in one transaction: its ledger row
   * (ending {@code reservation}), its message, each tool's result as the model will see it with the
   * write it left pending (or the pending one forgotten when committed), and, when {@code
   * nextPromptTokens} is not negative, the reservation of the next call, which needs all of these.
   * A refused reservation does not undo the rest.
   */
  public ToolStepRecord recordToolStep(
      long customerId,
      String id,
      ModelReply reply,
      BudgetReservation reservation,
      List<ToolOutcome> outcomes,
      int nextPromptTokens)
      throws ConversationNotFoundException {
    if (nextPromptTokens >= 0) {
      lockCustomer(customerId);
    }
    BigDecimal cost = meter(customerId, id, reply, reservation);
    Conversation conversation = locked(customerId, id);
    em.persist(modelMessage(conversation, reply));
    for (ToolOutcome outcome : outcomes) {
      em.persist(
          conversation.appendNext(
              MessageRole.TOOL, outcome.resultJson(), outcome.toolName(), null));
      if (outcome.pending() != null) {
        PendingAction pending = outcome.pending();
        conversation.awaitConfirmation(
            pending.token(), pending.action(), pending.summary(), pending.expiresAt());
      } else if (outcome.committed()) {
        conversation.clearPendingConfirmation();
      }
    }
    ReservationAttempt next =
        nextPromptTokens < 0
            ? ReservationAttempt.granted(BudgetReservation.NONE)
            : budgets.tryReserve(customerId, nextPromptTokens);
    settleCount(reply, reservation, true);
    return new ToolStepRecord(cost, next);
  }

  /**
   * The call's count in the global model limit, made by its reservation, takes the tokens the model
   * reported: here, last in the transaction (after the customer's row lock, as when it was
   * counted), rather than in a transaction of its own after the call.
   */
  private void settleCount(ModelReply reply, BudgetReservation reservation, boolean metered) {
    if (metered) {
      modelLimit.settleInTransaction(reservation.counted(), reply.usage().total());
    }
  }

  /**
   * Locks the customer's row before anything in the transaction inserts a row that refers to it: an
   * insert takes a share lock on the row it refers to, and two transactions of one customer that
   * each held one and then asked for the reservation's lock on the row would deadlock. The
   * reservation then finds the row locked already.
   */
  private void lockCustomer(long customerId) {
    em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
  }

  private BigDecimal meter(
      long customerId, String id, ModelReply reply, BudgetReservation reservation) {
    TokenCounts counts =
        TokenCounts.of(reply.usage().input(), reply.usage().output(), reply.usage().cached());
    List<String> tools = reply.calls().stream().map(FunctionCall::name).toList();
    return ledger.record(customerId, id, reply.model(), counts, tools, reservation);
  }

  private static ChatMessage modelMessage(Conversation conversation, ModelReply reply) {
    String calls = reply.calls().isEmpty() ? null : AssistantJson.write(reply.calls());
    ModelOutput output = new ModelOutput(calls, reply.vendorJson(), reply.model());
    return conversation.appendNext(MessageRole.MODEL, reply.text(), null, output);
  }

  public void clearPendingConfirmation(long customerId, String id)
      throws ConversationNotFoundException {
    locked(customerId, id).clearPendingConfirmation();
  }

  /**
   * Replaces the summary, which now covers the messages up to {@code throughSeq}; unless a summary
   * covering more was stored meanwhile (a fold ahead and a turn's own fold, or two instances),
   * which is kept. Returns whether this one was stored.
   */
  public boolean fold(long customerId, String id, String summary, int throughSeq)
      throws ConversationNotFoundException {
    Conversation conversation = locked(customerId, id);
    if (throughSeq < conversation.getSummarisedThrough()) {
      return false;
    }
    conversation.foldInto(summary, throughSeq);
    return true;
  }

  /** The caller's conversation as a turn would start from it, read only. */
  public ConversationState state(long customerId, String id) throws ConversationNotFoundException {
    Conversation conversation =
        owned(customerId, id).orElseThrow(() -> new ConversationNotFoundException(id));
    return stateOf(conversation, customerId, pendingOf(conversation));
  }

  /** What a turn works from: the conversation with its unsummarised messages. */
  private ConversationState stateOf(
      Conversation conversation, long customerId, PendingAction pending) {
    return new ConversationState(
        conversation.getId(),
        customerId,
        conversation.getTurnCount(),
        conversation.getLanguage(),
        conversation.getSummary(),
        messagesAfter(conversation.getId(), conversation.getSummarisedThrough()),
        pending);
  }

  public boolean owns(long customerId, String id) {
    return owned(customerId, id).isPresent();
  }

  /** One of the caller's conversations with all its messages. */
  public Optional<Conversation> find(long customerId, String id) {
    Optional<Conversation> found = owned(customerId, id);
    found.ifPresent(conversation -> conversation.getMessages().size());
    return found;
  }

  /** The caller's conversations, most recent first, without their messages. */
  public List<Conversation> list(long customerId, int max) {
    return em.createNamedQuery(Conversation.FIND_BY_CUSTOMER, Conversation.class)
        .setParameter("customerId", customerId)
        .setMaxResults(max)
        .getResultList();
  }

  private Conversation start(long customerId, String firstMessage) throws UnknownCustomerException {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new UnknownCustomerException(customerId);
    }
    String title = firstMessage.length() <= 80 ? firstMessage : firstMessage.substring(0, 79) + "…";
    Conversation conversation = new Conversation(customer, title.strip());
    em.persist(conversation);
    return conversation;
  }

  // One SELECT ... FOR UPDATE: the owner check and the row lock together.
  private Conversation locked(long customerId, String id) throws ConversationNotFoundException {
    return em.createNamedQuery(Conversation.FIND_FOR_CUSTOMER, Conversation.class)
        .setParameter("id", id)
        .setParameter("customerId", customerId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ConversationNotFoundException(id));
  }

  private Optional<Conversation> owned(long customerId, String id) {
    return em.createNamedQuery(Conversation.FIND_FOR_CUSTOMER, Conversation.class)
        .setParameter("id", id)
        .setParameter("customerId", customerId)
        .getResultStream()
        .findFirst();
  }

  private List<StoredMessage> messagesAfter(String id, int after) {
    return em.createNamedQuery(ChatMessage.FIND_AFTER, ChatMessage.class)
        .setParameter("conversationId", id)
        .setParameter("after", after)
        .getResultStream()
        .map(StoredMessage::of)
        .toList();
  }

  private static PendingAction pendingOf(Conversation conversation) {
    if (conversation.getPendingToken() == null
        || !conversation.isPending(conversation.getPendingToken(), DatabaseTime.now())) {
      return null;
    }
    return new PendingAction(
        conversation.getPendingToken(),
        conversation.getPendingAction(),
        conversation.getPendingSummary() == null ? "" : conversation.getPendingSummary(),
        conversation.getPendingExpiresAt());
  }
}
