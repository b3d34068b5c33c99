package com.shopassistant.support;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * A customer's conversation with the assistant, handed to a human agent: the assistant's summary of
 * the issue and a short reference the customer can quote. Opened by the assistant, closed by the
 * support staff. The customer is kept as an id (the row is the support queue's, not part of the
 * customer's aggregate); the conversation too, since the request outlives it.
 */
@Entity
@Table(name = "handover_request")
@NamedQuery(
    name = HandoverRequest.FIND_OPEN_FOR_CONVERSATION,
    query =
        "select h from HandoverRequest h where h.conversationId = :conversationId"
            + " and h.customerId = :customerId and h.status = :status order by h.id")
public class HandoverRequest {

  /** Parameters {@code conversationId}, {@code customerId}, {@code status}. */
  public static final String FIND_OPEN_FOR_CONVERSATION = "HandoverRequest.findOpenForConversation";

  /** The longest summary kept; a longer one is the caller's to cut. */
  public static final int MAX_SUMMARY = 2000;

  private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9-]{4,16}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reference", nullable = false, unique = true, length = 16)
  private String reference;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "conversation_id", nullable = false, length = 36)
  private String conversationId;

  @Column(name = "summary", nullable = false, length = MAX_SUMMARY)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private HandoverStatus status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected HandoverRequest() {}

  /** An open request; {@code reference} is upper-case letters, digits and dashes. */
  public HandoverRequest(String reference, long customerId, String conversationId, String summary) {
    this.reference = Require.text(reference, "reference", 16);
    if (!REFERENCE.matcher(this.reference).matches()) {
      throw new IllegalArgumentException("a handover reference is A-Z, 0-9 and dashes");
    }
    this.customerId = customerId;
    this.conversationId = Require.text(conversationId, "conversation id", 36);
    this.summary = Require.text(summary, "summary", MAX_SUMMARY);
    this.status = HandoverStatus.OPEN;
    this.createdAt = DatabaseTime.now();
  }

  /** The agent dealt with it; closing twice changes nothing. */
  public void close() {
    this.status = HandoverStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public long getCustomerId() {
    return customerId;
  }

  public String getConversationId() {
    return conversationId;
  }

  public String getSummary() {
    return summary;
  }

  public HandoverStatus getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
