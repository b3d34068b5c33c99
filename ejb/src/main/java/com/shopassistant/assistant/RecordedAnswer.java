package com.shopassistant.assistant;

import com.shopassistant.usage.BudgetStatus;
import java.math.BigDecimal;

/**
 * The turn's answer as stored: the last call's cost, and the customer's budget after it.
 *
 * @param cost the call's cost in USD
 * @param budget where the customer stands, or null for an unknown customer
 */
public record RecordedAnswer(BigDecimal cost, BudgetStatus budget) {}
