package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import org.junit.jupiter.api.Test;

class RateLimitSubjectTest {

  private static final Principal ALICE = () -> "alice";

  @Test
  void aSignedInCallerIsCountedByName() {
    assertThat(RateLimitSubject.of(ALICE, "203.0.113.7", "10.0.0.1")).isEqualTo("user:alice");
  }

  @Test
  void anAnonymousCallerIsCountedByTheAddressTheProxyAppended() {
    // The first entry is the client's own claim; the last is what Cloud Run's front end saw.
    assertThat(RateLimitSubject.of(null, "203.0.113.7, 10.1.2.3", "10.0.0.1"))
        .isEqualTo("ip:10.1.2.3");
    assertThat(RateLimitSubject.of(null, " 2001:db8::1 ", "10.0.0.1")).isEqualTo("ip:2001:db8::1");
  }

  @Test
  void withoutForwardingTheSocketPeerIsTheClient() {
    assertThat(RateLimitSubject.of(null, null, "198.51.100.4")).isEqualTo("ip:198.51.100.4");
    assertThat(RateLimitSubject.of(null, "10.1.2.3, ", "198.51.100.4"))
        .isEqualTo("ip:198.51.100.4");
    assertThat(RateLimitSubject.of(null, null, null)).isEqualTo("ip:unknown");
  }

  @Test
  void aPrincipalWithoutANameCountsAsAnonymous() {
    assertThat(RateLimitSubject.of(() -> " ", null, "198.51.100.4")).isEqualTo("ip:198.51.100.4");
  }
}
