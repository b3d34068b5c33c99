package com.shopassistant.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PendingConfirmationTest {

  private static PendingConfirmation quoted(Duration lifetime) {
    return new PendingConfirmation("a".repeat(64), 7L, "CHECKOUT", null, "{}", lifetime);
  }

  @Test
  void aConfirmationIsPerformedOnceAndKeepsItsResult() {
    PendingConfirmation pending = quoted(Duration.ofMinutes(15));
    assertThat(pending.result()).isEmpty();

    pending.consume("W1234567");

    assertThat(pending.result()).contains("W1234567");
    assertThat(pending.getConsumedAt()).isNotNull();
    assertThatThrownBy(() -> pending.consume("W7654321")).isInstanceOf(IllegalStateException.class);
    assertThat(pending.result()).contains("W1234567");
  }

  @Test
  void itExpiresAtTheEndOfItsLifetime() {
    PendingConfirmation pending = quoted(Duration.ofMinutes(15));

    assertThat(pending.isExpiredAt(pending.getCreatedAt().plusMinutes(14))).isFalse();
    assertThat(pending.isExpiredAt(pending.getCreatedAt().plusMinutes(15))).isTrue();
    assertThatThrownBy(() -> quoted(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
