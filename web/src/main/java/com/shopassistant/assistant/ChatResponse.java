package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.PendingAction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The assistant's answer as the API returns it. */
public record ChatResponse(
    String conversationId,
    String reply,
    List<ToolCallView> toolCalls,
    Pending pendingConfirmation,
    Usage usage,
    boolean stoppedAtCap) {

  /** A write waiting for the customer's yes: show it as a confirmation card. */
  public record Pending(String token, String action, String summary, OffsetDateTime expiresAt) {

    static Pending of(PendingAction pending) {
      return pending == null
          ? null
          : new Pending(pending.token(), pending.action(), pending.summary(), pending.expiresAt());
    }
  }

  /** The turn's tokens: input includes cached; model is the one that wrote the answer. */
  public record Usage(
      int input, int output, int cached, String model, int modelCalls, BigDecimal costUsd) {}

  static ChatResponse of(ChatAnswer answer) {
    TurnUsage usage = answer.usage();
    return new ChatResponse(
        answer.conversationId(),
        answer.reply(),
        answer.toolCalls(),
        Pending.of(answer.pendingConfirmation()),
        new Usage(
            usage.input(),
            usage.output(),
            usage.cached(),
            usage.model(),
            usage.modelCalls(),
            usage.costUsd()),
        answer.stoppedAtCap());
  }
}
