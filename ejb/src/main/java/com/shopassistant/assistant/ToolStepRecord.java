package com.shopassistant.assistant;

import com.shopassistant.usage.ReservationAttempt;
import java.math.BigDecimal;

/**
 * A stored tool step: the model call's cost, and the next call's reservation or its refusal.
 *
 * @param cost the call's cost in USD
 * @param next the reservation of the next call ({@code BudgetReservation.NONE} when none was asked)
 */
public record ToolStepRecord(BigDecimal cost, ReservationAttempt next) {}
