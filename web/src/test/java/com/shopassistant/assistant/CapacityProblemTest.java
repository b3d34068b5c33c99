package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.usage.ModelCapacityExceededException;
import com.shopassistant.usage.ModelRateOutcome;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

class CapacityProblemTest {

  private final CapacityProblem problem =
      CapacityProblem.of(
          new ChatCapacityExceededException(
              "c-1",
              "Sorry, the assistant is very busy right now.",
              new ModelCapacityExceededException(ModelRateOutcome.REQUESTS, 23)),
          "/shop-web/api/v1/chat");

  @Test
  void theProblemIs503WithTheSecondsToWaitAndTheStoredReply() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String json = jsonb.toJson(problem);

      assertThat(json)
          .startsWith("{\"type\":\"urn:shop-assistant:problem:model-capacity-exceeded\"")
          .contains("\"status\":503")
          .contains("\"instance\":\"/shop-web/api/v1/chat\"")
          .contains("\"retryAfterSeconds\":23")
          .contains("\"conversationId\":\"c-1\"")
          .contains("\"reply\":\"Sorry, the assistant is very busy right now.\"")
          .doesNotContain("requests per minute");
    }
  }
}
