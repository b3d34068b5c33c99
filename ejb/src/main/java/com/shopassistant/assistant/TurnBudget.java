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
    if (!models.geminiConfigured()) {
      return BudgetReservation.NONE;
    }
    return budgets.reserve(customerId, PromptEstimate.of(request, declarationTokens.getAsInt()));
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
