package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitServiceTest {

  @Test
  void disabledLimitAnswersWithoutTouchingTheDatabase() throws Exception {
    RateLimitService service = new RateLimitService();
    service.requestsPerMinute = 0;

    // No EntityManager is set: a database call would fail with a NullPointerException.
    assertThat(service.check("ip:203.0.113.7")).isEqualTo(RateLimitDecision.unlimited());
  }

  @Test
  void overlongSubjectsAreCutToTheColumnWidth() {
    String forged = "ip:" + "9".repeat(500);

    assertThat(RateLimitService.bounded(forged)).hasSize(200).startsWith("ip:999");
    assertThat(RateLimitService.bounded("user:alice")).isEqualTo("user:alice");
  }
}
