package com.shopassistant.assistant;

import com.shopassistant.customer.Customer;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A chat between one customer and the assistant. The id is a random UUID made here rather than by
 * the database, so it can be handed to the client before the first flush and is not guessable.
 * Messages are numbered 1, 2, 3... in the order appended; a turn is one message from the user.
 */
@Entity
@Table(name = "conversation")
@NamedQuery(
    name = Conversation.FIND_BY_CUSTOMER,
    query =
        "select c from Conversation c where c.customer.id = :customerId"
            + " order by c.updatedAt desc, c.id")
@NamedQuery(
    name = Conversation.FIND_FOR_CUSTOMER,
    query = "select c from Conversation c where c.id = :id and c.customer.id = :customerId")
@NamedQuery(
    name = Conversation.COUNT_ACTIVE_SINCE,
    query = "select count(c) from Conversation c where c.updatedAt >= :since")
public class Conversation {

  public static final String FIND_BY_CUSTOMER = "Conversation.findByCustomer";

  /**
   * Parameter {@code since}: how many conversations changed since then (a message, a summary, a
   * confirmation), the operations gauge of active conversations.
   */
  public static final String COUNT_ACTIVE_SINCE = "Conversation.countActiveSince";

  /** Parameters {@code id} and {@code customerId}: finds a conversation only for its owner. */
  public static final String FIND_FOR_CUSTOMER = "Conversation.findForCustomer";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(name = "title", length = 200)
  private String title;

  @Column(name = "summary")
  private String summary;

  @Column(name = "turn_count", nullable = false)
  private int turnCount;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "pending_token", length = 100)
  private String pendingToken;

  @Column(name = "pending_action", length = 40)
  private String pendingAction;

  @Column(name = "pending_summary", length = 500)
  private String pendingSummary;

  @Column(name = "pending_expires_at")
  private OffsetDateTime pendingExpiresAt;

  @Column(name = "language", nullable = false, length = 2)
  private String language = "en";

  @Column(name = "summarised_through", nullable = false)
  private int summarisedThrough;

  // The last message's number: appends read it from the row they lock, not by max(seq).
  @Column(name = "last_seq", nullable = false)
  private int lastSeq;

  @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<ChatMessage> messages;

  protected Conversation() {}

  /** A new, empty conversation; the title may be null until the first exchange suggests one. */
  public Conversation(Customer customer, String title) {
    this.id = UUID.randomUUID().toString();
    this.customer = Require.present(customer, "customer");
    this.title = Require.optionalText(title, "title", 200);
    this.createdAt = DatabaseTime.now();
    this.updatedAt = createdAt;
    this.messages = new ArrayList<>();
  }

  /**
   * Appends a message numbered after the last one. A TOOL message must name its tool; a USER
   * message starts a new turn.
   */
  public ChatMessage append(MessageRole role, String content, String toolName) {
    ChatMessage message = appendNext(role, content, toolName, null);
    messages.add(message);
    return message;
  }

  /**
   * Appends the next message without loading the earlier ones, for the caller to persist. Its
   * number comes from this row, so the caller must hold the row's lock (two instances appending to
   * one conversation would otherwise give one number twice).
   */
  public ChatMessage appendNext(
      MessageRole role, String content, String toolName, ModelOutput output) {
    ChatMessage message = new ChatMessage(this, lastSeq + 1, role, content, toolName, output);
    lastSeq++;
    if (role == MessageRole.USER) {
      turnCount++;
    }
    touch();
    return message;
  }

  /** Remembers the write that waits for the customer's yes; replaces any earlier one. */
  public void awaitConfirmation(
      String token, String action, String summary, OffsetDateTime expiresAt) {
    this.pendingToken = Require.text(token, "confirmation token", 100);
    this.pendingAction = Require.text(action, "pending action", 40);
    this.pendingSummary = Require.optionalText(abbreviate(summary, 500), "pending summary", 500);
    this.pendingExpiresAt = expiresAt;
    touch();
  }

  /** Forgets the pending write (committed, declined or replaced). */
  public void clearPendingConfirmation() {
    this.pendingToken = null;
    this.pendingAction = null;
    this.pendingSummary = null;
    this.pendingExpiresAt = null;
    touch();
  }

  /** Whether {@code token} is the pending one and has not expired at {@code now}. */
  public boolean isPending(String token, OffsetDateTime now) {
    return pendingToken != null
        && pendingToken.equals(token)
        && (pendingExpiresAt == null || now.isBefore(pendingExpiresAt));
  }

  /** The customer's language as last detected: "en" or "id". */
  public void speak(String newLanguage) {
    this.language = "id".equals(newLanguage) ? "id" : "en";
  }

  /** Folds messages up to {@code seq} into {@code newSummary}; never moves backwards. */
  public void foldInto(String newSummary, int seq) {
    if (seq < summarisedThrough) {
      throw new IllegalArgumentException(
          "messages up to " + summarisedThrough + " are already summarised, not " + seq);
    }
    this.summary = Require.optionalText(newSummary, "summary", 100_000);
    this.summarisedThrough = seq;
    touch();
  }

  private static String abbreviate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The last {@code max} messages, oldest first: the history sent along with the summary. */
  public List<ChatMessage> recentMessages(int max) {
    Require.atLeast(max, 0, "number of messages");
    return List.copyOf(messages.subList(Math.max(0, messages.size() - max), messages.size()));
  }

  public void retitle(String newTitle) {
    this.title = Require.optionalText(newTitle, "title", 200);
    touch();
  }

  /** Replaces the running summary of the messages that no longer fit in the model's context. */
  public void summarize(String newSummary) {
    this.summary = Require.optionalText(newSummary, "summary", 100_000);
    touch();
  }

  public boolean belongsTo(Customer someone) {
    return someone != null && customer.getHandle().equals(someone.getHandle());
  }

  private void touch() {
    this.updatedAt = DatabaseTime.now();
  }

  public String getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public int getTurnCount() {
    return turnCount;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getPendingToken() {
    return pendingToken;
  }

  public String getPendingAction() {
    return pendingAction;
  }

  public String getPendingSummary() {
    return pendingSummary;
  }

  public OffsetDateTime getPendingExpiresAt() {
    return pendingExpiresAt;
  }

  public String getLanguage() {
    return language;
  }

  /** The number of the last message appended, 0 before the first. */
  public int getLastSeq() {
    return lastSeq;
  }

  public int getSummarisedThrough() {
    return summarisedThrough;
  }

  public long getVersion() {
    return version;
  }

  public List<ChatMessage> getMessages() {
    return Collections.unmodifiableList(messages);
  }
}
