package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

  private final CorsPolicy policy =
      CorsPolicy.parse(" https://shop.example.com , http://localhost:5173/,,");

  @Test
  void listedOriginsAreAllowedExactly() {
    assertThat(policy.allows("https://shop.example.com")).isTrue();
    assertThat(policy.allows("http://localhost:5173")).isTrue();
  }

  @Test
  void schemeHostAndPortMustAllMatch() {
    assertThat(policy.allows("http://shop.example.com")).isFalse();
    assertThat(policy.allows("https://shop.example.com:8443")).isFalse();
    assertThat(policy.allows("https://evil.shop.example.com")).isFalse();
    assertThat(policy.allows("https://shop.example.com.evil.com")).isFalse();
    assertThat(policy.allows("null")).isFalse();
    assertThat(policy.allows(null)).isFalse();
  }

  @Test
  void noOriginIsAllowedByDefault() {
    assertThat(CorsPolicy.parse("").allows("https://shop.example.com")).isFalse();
    assertThat(CorsPolicy.parse(null).allows("https://shop.example.com")).isFalse();
  }

  @Test
  void preflightIsAnOptionsRequestNamingOriginAndMethod() {
    assertThat(CorsPolicy.isPreflight("OPTIONS", "https://a.example", "POST")).isTrue();
    assertThat(CorsPolicy.isPreflight("OPTIONS", "https://a.example", null)).isFalse();
    assertThat(CorsPolicy.isPreflight("OPTIONS", null, "POST")).isFalse();
    assertThat(CorsPolicy.isPreflight("GET", "https://a.example", "POST")).isFalse();
  }

  @Test
  void preflightAnswerEchoesTheOriginAndAllowsCredentials() {
    assertThat(policy.preflightHeaders("https://shop.example.com"))
        .containsEntry("Access-Control-Allow-Origin", "https://shop.example.com")
        .containsEntry("Access-Control-Allow-Credentials", "true")
        .containsEntry("Access-Control-Max-Age", "600")
        .containsKeys("Access-Control-Allow-Methods", "Access-Control-Allow-Headers");
    assertThat(
            policy.preflightHeaders("https://shop.example.com").get("Access-Control-Allow-Headers"))
        .contains("Authorization", "Content-Type", "Idempotency-Key");
  }

  @Test
  void actualResponsesExposeTheRateLimitAndLocationHeaders() {
    assertThat(policy.responseHeaders("https://shop.example.com"))
        .containsEntry("Access-Control-Allow-Origin", "https://shop.example.com")
        .containsEntry("Access-Control-Allow-Credentials", "true");
    assertThat(
            policy.responseHeaders("https://shop.example.com").get("Access-Control-Expose-Headers"))
        .contains("RateLimit-Limit", "RateLimit-Remaining", "Retry-After", "Location");
  }

  @Test
  void aDisallowedOriginGetsNoCorsHeaders() {
    assertThat(policy.responseHeaders("https://evil.example")).isEmpty();
    assertThat(policy.responseHeaders(null)).isEmpty();
  }
}
