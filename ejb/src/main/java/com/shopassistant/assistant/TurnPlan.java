package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.ToolDeclaration;
import java.util.List;

/**
 * What a turn does with its conversation's state, decided by {@link TurnPlanner} without writing
 * anything, so that it can be decided inside the transaction that stores the customer's message.
 *
 * @param declined whether the message declines the pending write
 * @param route the model the turn starts with
 * @param turn the turn with its tools; null when the history must be folded before the first call
 * @param declared the tools declared to the model; null with {@code turn}
 */
record TurnPlan(
    boolean declined, RoutingDecision route, ChatTurn turn, List<ToolDeclaration> declared) {}
