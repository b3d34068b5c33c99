package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.usage.BudgetReservation;
import com.shopassistant.usage.BudgetStatus;
import com.shopassistant.usage.ModelRatePermit;
import com.shopassistant.usage.ReservationAttempt;
import com.shopassistant.usage.TokenBudgetExceededException;
import com.shopassistant.usage.TokenLimit;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

  /** When set, each reservation also counts its call in the global model limit, as in the EJB. */
  ModelRatePermit counts;

  /** Reservations made in a transaction of their own, and budget reads. */
  int ownTransactions;

  int statusReads;

  @Override
  BudgetReservation reserve(long customerId, ModelRequest request, IntSupplier declarationTokens)
      throws TokenBudgetExceededException {
    ownTransactions++;
    return reserve(promptTokens(request, declarationTokens));
  }

  @Override
  int promptTokens(ModelRequest request, IntSupplier declarationTokens) {
    return PromptEstimate.of(request, declarationTokens.getAsInt());
  }

  /** What the store's reservation, made in its own transaction, gives. */
  ReservationAttempt attempt(int tokens) {
    try {
      return ReservationAttempt.granted(reserve(tokens));
    } catch (TokenBudgetExceededException e) {
      return ReservationAttempt.refused(e);
    }
  }

  private BudgetReservation reserve(int tokens) throws TokenBudgetExceededException {
    if (reserved.size() >= grantBeforeRefusing && !refusals.isEmpty()) {
      throw refusals.removeFirst();
    }
    promptTokens.add(tokens);
    BudgetReservation reservation = new BudgetReservation("r" + (reserved.size() + 1), 100, counts);
    reserved.add(reservation.id());
    return reservation;
  }

  @Override
  void release(BudgetReservation reservation) {
    released.add(reservation.id());
  }

  @Override
  Optional<BudgetStatus> status(long customerId) {
    statusReads++;
    OffsetDateTime reset = OffsetDateTime.of(2026, 11, 28, 17, 0, 0, 0, ZoneOffset.UTC);
    return Optional.of(
        new BudgetStatus(
            CustomerTier.FREE,
            TokenLimit.of(50_000),
            reserved.size() * 100L,
            reset,
            TokenLimit.UNLIMITED,
            reserved.size() * 100L,
            reset,
            0,
            false));
  }

  @Override
  ZoneId zone() {
    return ZoneId.of("Asia/Jakarta");
  }
}
