package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.customer.CustomerTier;
import com.shopassistant.usage.BudgetPeriod;
import com.shopassistant.usage.TokenBudgetExceededException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BudgetProblemJsonTest {

  @Test
  void theProblemCarriesItsExtensionMembers() throws Exception {
    OffsetDateTime reset = OffsetDateTime.of(2026, 11, 28, 17, 0, 0, 0, ZoneOffset.UTC);
    BudgetProblem problem =
        BudgetProblem.of(
            new ChatBudgetExceededException(
                "c-1",
                "Sign up",
                new TokenBudgetExceededException(
                    BudgetPeriod.DAY, CustomerTier.GUEST, 10_000, 50, reset)),
            "/shop-web/api/v1/chat");

    try (Jsonb jsonb = JsonbBuilder.create()) {
      String json = jsonb.toJson(problem);

      assertThat(json)
          .startsWith("{\"type\":\"urn:shop-assistant:problem:token-budget-exceeded\"")
          .contains("\"status\":429")
          .contains("\"reason\":\"daily_limit_exceeded\"")
          .contains("\"tier\":\"guest\"")
          .contains("\"remaining\":50")
          .contains("\"resetsAt\":\"2026-11-28T17:00:00Z\"")
          .contains("\"conversationId\":\"c-1\"")
          .contains("\"reply\":\"Sign up\"");
    }
  }
}
