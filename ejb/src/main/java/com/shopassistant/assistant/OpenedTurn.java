package com.shopassistant.assistant;

import com.shopassistant.usage.ReservationAttempt;

/**
 * A turn as {@link ConversationStore#begin(long, String, String, String,
 * java.util.function.ToIntFunction)} opened it.
 *
 * @param state what the turn works from
 * @param firstCall the first model call's budget reservation, made in the same transaction; null
 *     when none was made there (the turn folds its history first, or needs none)
 */
public record OpenedTurn(ConversationState state, ReservationAttempt firstCall) {}
