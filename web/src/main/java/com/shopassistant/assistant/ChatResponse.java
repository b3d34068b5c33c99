package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.usage.BudgetStatus;
import com.shopassistant.usage.TokenLimit;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

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

  /**
   * The turn's tokens: input includes cached; model is the one that wrote the answer; budget where
   * the customer stands after the turn.
   */
  public record Usage(
      int input,
      int output,
      int cached,
      String model,
      int modelCalls,
      BigDecimal costUsd,
      Budget budget) {}

  /**
   * The customer's tier budget after the turn. {@code warning} from 80 % of either limit on; {@code
   * exceeded} names the budget that stopped this turn ({@code daily_limit_exceeded}, {@code
   * monthly_limit_exceeded}), else is absent. A period's limit and remaining are absent when it is
   * unlimited.
   */
  public record Budget(
      String tier, boolean warning, String exceeded, Period today, Period thisMonth) {

    static Budget of(BudgetStatus status, String exceeded) {
      if (status == null) {
        return null;
      }
      return new Budget(
          status.tier().name().toLowerCase(Locale.ROOT),
          status.warning(),
          exceeded,
          Period.of(
              status.usedToday(),
              status.dailyLimit(),
              status.remainingToday(),
              status.dayResetsAt()),
          Period.of(
              status.usedThisMonth(),
              status.monthlyLimit(),
              status.remainingThisMonth(),
              status.monthResetsAt()));
    }
  }

  /** Tokens used in a period, its limit, what is left (in-flight calls deducted), its reset. */
  public record Period(long used, Long limit, Long remaining, OffsetDateTime resetsAt) {

    static Period of(long used, TokenLimit limit, long remaining, OffsetDateTime resetsAt) {
      return limit.unlimited()
          ? new Period(used, null, null, resetsAt)
          : new Period(used, limit.tokens(), remaining, resetsAt);
    }
  }

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
            usage.costUsd(),
            Budget.of(answer.budget(), answer.budgetRefusal())),
        answer.stoppedAtCap());
  }
}
