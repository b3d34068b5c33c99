package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.PendingAction;
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
 */
public record ChatAnswer(
    String conversationId,
    String reply,
    List<ToolCallView> toolCalls,
    PendingAction pendingConfirmation,
    TurnUsage usage,
    boolean stoppedAtCap) {}
