package com.shopassistant.assistant;

import com.shopassistant.api.Problem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The 429 answer to a chat turn refused by the customer's tier budget: an RFC 9457 problem with
 * extension members saying which budget, what is left and when it resets, and the polite reply the
 * conversation now holds (for chat pages to show as the assistant's answer).
 */
@JsonbPropertyOrder({
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "reason",
  "tier",
  "limit",
  "remaining",
  "resetsAt",
  "conversationId",
  "reply"
})
public record BudgetProblem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String reason,
    String tier,
    long limit,
    long remaining,
    OffsetDateTime resetsAt,
    String conversationId,
    String reply) {

  static final String SLUG = "token-budget-exceeded";

  static BudgetProblem of(ChatBudgetExceededException refused, String path) {
    var refusal = refused.refusal();
    return new BudgetProblem(
        Problem.TYPE_PREFIX + SLUG,
        "Token budget exceeded",
        429,
        refusal.getMessage() + "; it resets at " + refusal.resetsAt() + ".",
        path,
        refusal.reason(),
        refusal.tier().name().toLowerCase(Locale.ROOT),
        refusal.limit(),
        refusal.remaining(),
        refusal.resetsAt(),
        refused.conversationId(),
        refused.reply());
  }

  /** Seconds until the budget resets, at least one: the Retry-After header. */
  long retryAfterSeconds() {
    long seconds = Duration.between(OffsetDateTime.now(), resetsAt).toSeconds();
    return Math.max(1, seconds);
  }

  Response toResponse() {
    return Response.status(status)
        .type(Problem.PROBLEM_JSON)
        .header("Retry-After", Long.toString(retryAfterSeconds()))
        .entity(this)
        .build();
  }
}
