package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.usage.BudgetStatus;
import java.util.List;

/**
 * The assistant's answer to one message.
 *
 * @param conversationId the conversation (new or continued)
 * @param reply the text for the customer
 * @param toolCalls the tools run, in order
 * @param pendingConfirmation the write waiting for the customer's yes, or null
 * @param usage tokens and cost of the turn
 * @param stoppedAtCap true when the turn hit the model-call cap before an answer
 * @param budget where the customer stands against their tier's budget after the turn, or null
 * @param budgetRefusal why a model call of the turn was refused ({@code daily_limit_exceeded},
 *     {@code monthly_limit_exceeded}), or null
 */
public record ChatAnswer(
    String conversationId,
    String reply,
    List<ToolCallView> toolCalls,
    PendingAction pendingConfirmation,
    TurnUsage usage,
    boolean stoppedAtCap,
    BudgetStatus budget,
    String budgetRefusal) {

  ChatAnswer(
      String conversationId,
      String reply,
      List<ToolCallView> toolCalls,
      PendingAction pendingConfirmation,
      TurnUsage usage,
      boolean stoppedAtCap) {
    this(conversationId, reply, toolCalls, pendingConfirmation, usage, stoppedAtCap, null, null);
  }

  ChatAnswer withBudget(BudgetStatus status, String refusal) {
    return new ChatAnswer(
        conversationId,
        reply,
        toolCalls,
        pendingConfirmation,
        usage,
        stoppedAtCap,
        status,
        refusal);
  }
}
