package com.shopassistant.usage;

import com.shopassistant.customer.Customer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/** Writes the ledger: one row per model call, with its tokens and cost, in its own transaction. */
@Stateless
public class TokenLedger {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject ModelPriceTable prices;
  @Inject TokenBudgetService budgets;
  @Inject UsageMetrics metrics;

  /**
   * Records a call made for {@code customerId} and ends its budget {@code reservation} in the same
   * transaction, so its tokens are never counted twice nor missed; returns its cost in USD. Calls
   * of the offline assistant cost nothing and are not recorded.
   */
  public BigDecimal record(
      long customerId,
      String conversationId,
      String model,
      TokenCounts counts,
      List<String> toolCalls,
      BudgetReservation reservation) {
    budgets.settle(reservation);
    if (ModelPriceTable.OFFLINE_MODEL.equals(model)) {
      return BigDecimal.ZERO;
    }
    BigDecimal cost = prices.cost(model, counts);
    Customer customer = em.find(Customer.class, customerId);
    if (customer != null) {
      em.persist(new TokenUsage(customer, conversationId, model, counts, cost, toolCalls));
      metrics.cost(model, cost);
    }
    return cost;
  }
}
