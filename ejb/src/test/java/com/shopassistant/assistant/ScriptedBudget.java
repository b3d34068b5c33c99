package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.BudgetReservation;
import com.shopassistant.usage.BudgetStatus;
import com.shopassistant.usage.TokenBudgetExceededException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/** A budget that grants reservations until told to refuse, and records what became of them. */
final class ScriptedBudget extends TurnBudget {
  final Deque<TokenBudgetExceededException> refusals = new ArrayDeque<>();
  final List<String> reserved = new ArrayList<>();
  final List<String> settled = new ArrayList<>();
  final List<String> released = new ArrayList<>();
  final List<Integer> promptTokens = new ArrayList<>();
  int grantBeforeRefusing = Integer.MAX_VALUE;

  @Override
  BudgetReservation reserve(long customerId, ModelRequest request, IntSupplier declarationTokens)
      throws TokenBudgetExceededException {
    if (reserved.size() >= grantBeforeRefusing && !refusals.isEmpty()) {
      throw refusals.removeFirst();
    }
    promptTokens.add(PromptEstimate.of(request, declarationTokens.getAsInt()));
    BudgetReservation reservation = new BudgetReservation("r" + (reserved.size() + 1), 100);
    reserved.add(reservation.id());
    return reservation;
  }

  @Override
  void release(BudgetReservation reservation) {
    released.add(reservation.id());
  }

  @Override
  Optional<BudgetStatus> status(long customerId) {
    return Optional.empty();
  }

  @Override
  ZoneId zone() {
    return ZoneId.of("Asia/Jakarta");
  }
}
