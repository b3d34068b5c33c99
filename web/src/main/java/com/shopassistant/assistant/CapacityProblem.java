package com.shopassistant.assistant;

import com.shopassistant.api.Problem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

/**
 * The 503 answer to a chat turn refused by the global model limit: an RFC 9457 problem with the
 * seconds to wait (also the {@code Retry-After} header) and the polite reply the conversation now
 * holds (for chat pages to show as the assistant's answer).
 */
@JsonbPropertyOrder({
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "retryAfterSeconds",
  "conversationId",
  "reply"
})
public record CapacityProblem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    long retryAfterSeconds,
    String conversationId,
    String reply) {

  static final String SLUG = "model-capacity-exceeded";

  static CapacityProblem of(ChatCapacityExceededException refused, String path) {
    long seconds = refused.retryAfterSeconds();
    return new CapacityProblem(
        Problem.TYPE_PREFIX + SLUG,
        "Model capacity exceeded",
        503,
        "The assistant's model calls for this minute are used up; send the message again in "
            + seconds
            + " s.",
        path,
        seconds,
        refused.conversationId(),
        refused.reply());
  }

  Response toResponse() {
    return Response.status(status)
        .type(Problem.PROBLEM_JSON)
        .header("Retry-After", Long.toString(retryAfterSeconds))
        .entity(this)
        .build();
  }
}
