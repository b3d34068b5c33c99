package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  @Test
  void theKeyIsChatAndTheFirst32HexDigitsOfTheTokensSha256() {
    // python3 -c "import hashlib; print(hashlib.sha256(b'cf_test-token').hexdigest()[:32])"
    assertThat(IdempotencyKeys.forToken("cf_test-token"))
        .isEqualTo("chat-102e0c2ef6863511591204d16c7788f7");
  }

  @Test
  void theSameTokenAlwaysGivesTheSameKeyAndAnotherTokenAnother() {
    assertThat(IdempotencyKeys.forToken("cf_a")).isEqualTo(IdempotencyKeys.forToken(" cf_a "));
    assertThat(IdempotencyKeys.forToken("cf_a")).isNotEqualTo(IdempotencyKeys.forToken("cf_b"));
  }

  @Test
  void theKeyFitsTheOrdersIdempotencyColumnAndDoesNotRevealTheToken() {
    String key = IdempotencyKeys.forToken("cf_secret");

    assertThat(key).hasSize(37).doesNotContain("secret");
  }
}
