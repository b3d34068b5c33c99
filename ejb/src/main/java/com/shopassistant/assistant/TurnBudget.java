package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.BudgetReservation;
import com.shopassistant.usage.BudgetStatus;
import com.shopassistant.usage.TokenBudgetExceededException;
import com.shopassistant.usage.TokenBudgetService;
import com.shopassistant.usage.UsagePeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The turn's side of the tier budgets: reserve before each model call, release what a failed call
 * did not use, and say where the customer stands after the turn. Calls answered by the offline
 * assistant cost nothing and reserve nothing.
 */
@ApplicationScoped
public class TurnBudget {

  @Inject TokenBudgetService budgets;
  @Inject UsagePeriods periods;
  @Inject AssistantModels models;

  /**
   * Reserves the tokens of {@code request} for the customer.
   *
   * @param declarationTokens the request's tool declarations (measured only when needed)
   */
  BudgetReservation reserve(long customerId, ModelRequest request, IntSupplier declarationTokens)
      throws TokenBudgetExceededException {
    int tokens = promptTokens(request, declarationTokens);
    return tokens < 0 ? BudgetReservation.NONE : budgets.reserve(customerId, tokens);
  }

  /**
   * The tokens to reserve for {@code request}, or -1 when it needs no reservation (the offline
   * assistant answers). For reservations made in the conversation's own transaction.
   */
  int promptTokens(ModelRequest request, IntSupplier declarationTokens) {
    return models.geminiConfigured()
        ? PromptEstimate.of(request, declarationTokens.getAsInt())
        : -1;
  }

  void release(BudgetReservation reservation) {
    if (reservation != null && reservation.held()) {
      budgets.release(reservation);
    }
  }

  Optional<BudgetStatus> status(long customerId) {
    return budgets.status(customerId);
  }

  ZoneId zone() {
    return periods.zone();
  }
}
