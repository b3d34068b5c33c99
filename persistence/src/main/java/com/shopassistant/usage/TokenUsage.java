package com.shopassistant.usage;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One model call in the ledger. The tier is copied from the customer at the time of the call, so
 * later upgrades do not re-price history; the conversation id is a plain value, not a link, so the
 * ledger outlives deleted conversations. Rows are never changed after they are written.
 */
@Entity
@Table(name = "token_usage")
@NamedQuery(
    name = TokenUsage.SUM_TOKENS_BY_CUSTOMER_SINCE,
    query =
        "select coalesce(sum(u.totalTokens), 0) from TokenUsage u"
            + " where u.customer.id = :customerId and u.occurredAt >= :since")
@NamedQuery(
    name = TokenUsage.SUM_COST_BY_CUSTOMER_SINCE,
    query =
        "select coalesce(sum(u.costUsd), 0) from TokenUsage u"
            + " where u.customer.id = :customerId and u.occurredAt >= :since")
@NamedQuery(
    name = TokenUsage.SUM_COST_SINCE,
    query = "select coalesce(sum(u.costUsd), 0) from TokenUsage u where u.occurredAt >= :since")
@NamedQuery(
    name = TokenUsage.COUNT_BY_CUSTOMER_SINCE,
    query =
        "select count(u) from TokenUsage u"
            + " where u.customer.id = :customerId and u.occurredAt >= :since")
@NamedQuery(
    name = TokenUsage.FIND_BY_CUSTOMER_SINCE,
    query =
        "select u from TokenUsage u where u.customer.id = :customerId and u.occurredAt >= :since"
            + " order by u.occurredAt desc, u.id desc")
public class TokenUsage {

  /** Parameters {@code customerId}, {@code since}; result a {@code Long}. */
  public static final String SUM_TOKENS_BY_CUSTOMER_SINCE = "TokenUsage.sumTokensByCustomerSince";

  /** Parameters {@code customerId}, {@code since}; result a {@code BigDecimal}. */
  public static final String SUM_COST_BY_CUSTOMER_SINCE = "TokenUsage.sumCostByCustomerSince";

  /** Parameter {@code since}; result a {@code BigDecimal}. */
  public static final String SUM_COST_SINCE = "TokenUsage.sumCostSince";

  public static final String COUNT_BY_CUSTOMER_SINCE = "TokenUsage.countByCustomerSince";
  public static final String FIND_BY_CUSTOMER_SINCE = "TokenUsage.findByCustomerSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(name = "conversation_id", length = 36)
  private String conversationId;

  @Column(name = "model", nullable = false, length = 100)
  private String model;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", nullable = false, length = 20)
  private CustomerTier tier;

  @Column(name = "input_tokens", nullable = false)
  private int inputTokens;

  @Column(name = "output_tokens", nullable = false)
  private int outputTokens;

  @Column(name = "cached_tokens", nullable = false)
  private int cachedTokens;

  @Column(name = "total_tokens", nullable = false)
  private int totalTokens;

  @Column(name = "cost_usd", nullable = false, precision = 18, scale = 8)
  private BigDecimal costUsd;

  @Column(name = "tool_calls", length = 2000)
  private String toolCalls;

  protected TokenUsage() {}

  /**
   * A ledger row for a call made now by {@code customer} at their current tier; {@code
   * conversationId} may be null (calls outside a chat), {@code toolCalls} empty.
   */
  public TokenUsage(
      Customer customer,
      String conversationId,
      String model,
      TokenCounts counts,
      BigDecimal costUsd,
      List<String> toolCalls) {
    this.customer = Require.present(customer, "customer");
    this.tier = customer.getTier();
    this.conversationId = Require.optionalText(conversationId, "conversation id", 36);
    this.model = Require.text(model, "model", 100);
    Require.present(counts, "token counts");
    this.inputTokens = counts.input();
    this.outputTokens = counts.output();
    this.cachedTokens = counts.cached();
    this.totalTokens = counts.total();
    this.costUsd = Require.notNegative(Require.scaled(costUsd, 8, "cost"), "cost");
    this.toolCalls = joinToolCalls(toolCalls);
    this.occurredAt = DatabaseTime.now();
  }

  // Comma-separated because tool names are identifiers ([A-Za-z0-9_]) and never contain one.
  private static String joinToolCalls(List<String> names) {
    if (names == null || names.isEmpty()) {
      return null;
    }
    names.forEach(
        name -> {
          if (Require.text(name, "tool name", 100).contains(",")) {
            throw new IllegalArgumentException("a tool name cannot contain ',': " + name);
          }
        });
    return Require.text(String.join(",", names), "tool calls", 2000);
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getConversationId() {
    return conversationId;
  }

  public String getModel() {
    return model;
  }

  public CustomerTier getTier() {
    return tier;
  }

  public TokenCounts getCounts() {
    return new TokenCounts(inputTokens, outputTokens, cachedTokens, totalTokens);
  }

  public BigDecimal getCostUsd() {
    return costUsd;
  }

  /** The tools the model called, in call order; empty when none. */
  public List<String> getToolCalls() {
    return toolCalls == null ? List.of() : List.of(toolCalls.split(","));
  }
}
