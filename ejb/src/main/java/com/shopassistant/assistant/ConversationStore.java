package com.shopassistant.assistant;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.UnknownCustomerException;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.usage.BudgetReservation;
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

/**
 * The conversation's rows. Each method is one short transaction, so no transaction stays open while
 * a model thinks; appends lock the conversation's row, so two instances writing the same
 * conversation number its messages without gaps or clashes.
 */
@Stateless
public class ConversationStore {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject TokenLedger ledger;

  /**
   * Opens the caller's conversation (a new one when {@code id} is null), records the customer's
   * message and returns the state the turn works from.
   */
  public ConversationState begin(long customerId, String id, String userText, String language)
      throws ConversationNotFoundException, UnknownCustomerException {
    Conversation conversation = id == null ? start(customerId, userText) : locked(customerId, id);
    PendingAction pending = pendingOf(conversation);
    conversation.speak(language);
    int lastSeq = lastSeq(conversation.getId());
    em.persist(conversation.appendAfter(lastSeq, MessageRole.USER, userText, null, null));
    em.flush();
    return new ConversationState(
        conversation.getId(),
        customerId,
        conversation.getTurnCount(),
        conversation.getLanguage(),
        conversation.getSummary(),
        messagesAfter(conversation.getId(), conversation.getSummarisedThrough()),
        pending);
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
    BigDecimal cost = BigDecimal.ZERO;
    if (meter) {
      TokenCounts counts =
          TokenCounts.of(reply.usage().input(), reply.usage().output(), reply.usage().cached());
      List<String> tools = reply.calls().stream().map(FunctionCall::name).toList();
      cost = ledger.record(customerId, id, reply.model(), counts, tools, reservation);
    }
    if (keep) {
      Conversation conversation = locked(customerId, id);
      String calls = reply.calls().isEmpty() ? null : AssistantJson.write(reply.calls());
      ModelOutput output = new ModelOutput(calls, reply.vendorJson(), reply.model());
      em.persist(
          conversation.appendAfter(lastSeq(id), MessageRole.MODEL, reply.text(), null, output));
    }
    return cost;
  }

  /**
   * Stores what a tool answered, as the model saw it, and in the same transaction the write it left
   * pending ({@code pending}), or forgets the pending one when it was committed.
   */
  public void recordToolResult(
      long customerId,
      String id,
      String toolName,
      String resultJson,
      PendingAction pending,
      boolean committed)
      throws ConversationNotFoundException {
    Conversation conversation = locked(customerId, id);
    em.persist(conversation.appendAfter(lastSeq(id), MessageRole.TOOL, resultJson, toolName, null));
    if (pending != null) {
      conversation.awaitConfirmation(
          pending.token(), pending.action(), pending.summary(), pending.expiresAt());
    } else if (committed) {
      conversation.clearPendingConfirmation();
    }
  }

  public void clearPendingConfirmation(long customerId, String id)
      throws ConversationNotFoundException {
    locked(customerId, id).clearPendingConfirmation();
  }

  /** Replaces the summary, which now covers the messages up to {@code throughSeq}. */
  public void fold(long customerId, String id, String summary, int throughSeq)
      throws ConversationNotFoundException {
    locked(customerId, id).foldInto(summary, throughSeq);
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

  private int lastSeq(String id) {
    return em.createNamedQuery(ChatMessage.LAST_SEQ, Integer.class)
        .setParameter("conversationId", id)
        .getSingleResult();
  }

  private List<StoredMessage> messagesAfter(String id, int after) {
    return em.createNamedQuery(ChatMessage.FIND_AFTER, ChatMessage.class)
        .setParameter("conversationId", id)
        .setParameter("after", after)
        .getResultStream()
        .map(m -> StoredMessage.of(m.getSeq(), asModelMessage(m)))
        .toList();
  }

  static ModelMessage asModelMessage(ChatMessage message) {
    return switch (message.getRole()) {
      case USER, SYSTEM -> ModelMessage.user(message.getContent());
      case MODEL ->
          ModelMessage.model(
              message.getContent(),
              AssistantJson.readCalls(message.getCallsJson()),
              message.getVendorJson());
      case TOOL ->
          ModelMessage.tool(message.getToolName(), AssistantJson.readMap(message.getContent()));
    };
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
