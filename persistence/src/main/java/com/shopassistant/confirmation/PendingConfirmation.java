package com.shopassistant.confirmation;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A write that was quoted to a customer and waits for their confirmation: what it is ({@code
 * action}, e.g. {@code CHECKOUT}), what it is about ({@code subject}, e.g. an order number), and
 * the quoted request as JSON ({@code payload}). Consumed once, by the confirm that performed it,
 * which records the result (e.g. the new order's number) so a retried confirm gets the same answer.
 */
@Entity
@Table(name = "pending_confirmation")
@NamedQuery(
    name = PendingConfirmation.FIND_OWN_BY_HASH,
    query =
        "select p from PendingConfirmation p where p.tokenHash = :hash"
            + " and p.customerId = :customerId")
@NamedQuery(
    name = PendingConfirmation.DELETE_EXPIRED,
    query = "delete from PendingConfirmation p where p.expiresAt < :cutoff")
public class PendingConfirmation {

  /** Parameters {@code hash}, {@code customerId}: another customer's token is not found. */
  public static final String FIND_OWN_BY_HASH = "PendingConfirmation.findOwnByHash";

  /** Parameter {@code cutoff}. */
  public static final String DELETE_EXPIRED = "PendingConfirmation.deleteExpired";

  public static final int MAX_PAYLOAD = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "action", nullable = false, length = 40)
  private String action;

  @Column(name = "subject", length = 64)
  private String subject;

  @Column(name = "payload", nullable = false, length = MAX_PAYLOAD)
  private String payload;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "consumed_at")
  private OffsetDateTime consumedAt;

  @Column(name = "result_ref", length = 64)
  private String resultRef;

  protected PendingConfirmation() {}

  public PendingConfirmation(
      String tokenHash,
      long customerId,
      String action,
      String subject,
      String payload,
      Duration lifetime) {
    this.tokenHash = Require.text(tokenHash, "token hash", 64);
    this.customerId = customerId;
    this.action = Require.text(action, "action", 40);
    this.subject = Require.optionalText(subject, "subject", 64);
    this.payload = Require.text(payload, "payload", MAX_PAYLOAD);
    if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a confirmation must live a positive time");
    }
    this.createdAt = DatabaseTime.now();
    this.expiresAt = createdAt.plus(lifetime);
  }

  /** Marks this confirmation performed, with what it produced; it can be performed only once. */
  public void consume(String result) {
    if (consumedAt != null) {
      throw new IllegalStateException("confirmation " + id + " was already performed");
    }
    this.resultRef = Require.text(result, "result", 64);
    this.consumedAt = DatabaseTime.now();
  }

  public boolean isExpiredAt(OffsetDateTime instant) {
    return !expiresAt.isAfter(instant);
  }

  /** What the confirm that performed it produced; empty while it waits. */
  public Optional<String> result() {
    return Optional.ofNullable(resultRef);
  }

  public Long getId() {
    return id;
  }

  public long getCustomerId() {
    return customerId;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getPayload() {
    return payload;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  public OffsetDateTime getConsumedAt() {
    return consumedAt;
  }
}
