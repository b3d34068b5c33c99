package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.usage.RateLimitDecision;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

  @Test
  void anAllowedRequestLearnsItsLimitAndWhatIsLeft() {
    assertThat(RateLimitHeaders.of(new RateLimitDecision(true, 100, 42, 17)))
        .containsExactly(
            java.util.Map.entry("RateLimit-Limit", "100"),
            java.util.Map.entry("RateLimit-Remaining", "42"),
            java.util.Map.entry("RateLimit-Reset", "17"));
  }

  @Test
  void aRefusedRequestIsToldWhenToRetry() {
    RateLimitDecision refused = new RateLimitDecision(false, 60, 0, 23);

    assertThat(RateLimitHeaders.of(refused))
        .containsEntry("Retry-After", "23")
        .containsEntry("RateLimit-Remaining", "0");
    assertThat(RateLimitHeaders.refusalDetail(refused)).contains("60").contains("23");
  }

  @Test
  void noHeadersWhenRateLimitingIsOff() {
    assertThat(RateLimitHeaders.of(RateLimitDecision.unlimited())).isEmpty();
  }

  @Test
  void onlyGetsOfTheProbeAndTheKeySetAreUncounted() {
    assertThat(RateLimitFilter.isUncounted("GET", "v1/health")).isTrue();
    assertThat(RateLimitFilter.isUncounted("GET", "/v1/health/")).isTrue();
    assertThat(RateLimitFilter.isUncounted("HEAD", "v1/health")).isFalse();
    assertThat(RateLimitFilter.isUncounted("GET", "v1/healthy")).isFalse();
    assertThat(RateLimitFilter.isUncounted("GET", "v1/admin/import")).isFalse();
    assertThat(RateLimitFilter.isUncounted("GET", "v1/auth/jwks")).isTrue();
    assertThat(RateLimitFilter.isUncounted("POST", "v1/auth/login")).isFalse();
  }
}
