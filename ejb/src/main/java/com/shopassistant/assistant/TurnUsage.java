package com.shopassistant.assistant;

import java.math.BigDecimal;

/**
 * The tokens of all model calls of a turn.
 *
 * @param input input tokens, cached ones included
 * @param output output tokens
 * @param cached input tokens served from the context cache
 * @param model the model that wrote the final answer (gemini-2.5-flash, offline...)
 * @param modelCalls how many model calls the turn made
 * @param costUsd their estimated cost
 */
public record TurnUsage(
    int input, int output, int cached, String model, int modelCalls, BigDecimal costUsd) {}
