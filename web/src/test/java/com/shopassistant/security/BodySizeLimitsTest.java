package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodySizeLimitsTest {

  private static final long MIB = 1L << 20;
  private final BodySizeLimits limits = new BodySizeLimits(MIB, 64 * MIB);

  /** Stands in for PayloadTooLargeException, whose Response needs a JAX-RS implementation. */
  private static final class TooLarge extends RuntimeException {
    final long limit;

    TooLarge(long limit) {
      this.limit = limit;
    }
  }

  @Test
  void theImportEndpointHasItsOwnLimit() {
    assertThat(limits.limitFor("v1/admin/import")).isEqualTo(64 * MIB);
    assertThat(limits.limitFor("/v1/admin/import")).isEqualTo(64 * MIB);
    assertThat(limits.limitFor("v1/cart/items")).isEqualTo(MIB);
    assertThat(limits.limitFor("v1/admin/import-other")).isEqualTo(MIB);
  }

  @Test
  void declaredLengthOverTheLimitIsRefusedUpFront() {
    assertThat(BodySizeLimits.declaredOver("1048577", MIB)).isTrue();
    assertThat(BodySizeLimits.declaredOver("1048576", MIB)).isFalse();
    assertThat(BodySizeLimits.declaredOver(null, MIB)).isFalse();
    assertThat(BodySizeLimits.declaredOver("lots", MIB)).isFalse();
  }

  @Test
  void aBodyUpToTheLimitReadsWhole() throws IOException {
    LimitedInputStream in = new LimitedInputStream(body(100), 100, TooLarge::new);

    assertThat(in.readAllBytes()).hasSize(100);
    assertThat(in.exceeded()).isFalse();
  }

  @Test
  void readingPastTheLimitFailsAndIsRemembered() {
    LimitedInputStream in = new LimitedInputStream(body(101), 100, TooLarge::new);

    assertThatThrownBy(in::readAllBytes)
        .isInstanceOfSatisfying(TooLarge.class, e -> assertThat(e.limit).isEqualTo(100));
    assertThat(in.exceeded()).isTrue();
  }

  @Test
  void singleByteReadsAndSkipsCountToo() throws IOException {
    LimitedInputStream in = new LimitedInputStream(body(10), 5, TooLarge::new);
    in.skip(4);
    in.read();

    assertThatThrownBy(in::read).isInstanceOf(TooLarge.class);
  }

  @Test
  void theDetailNamesTheLimitReadably() {
    assertThat(PayloadTooLargeException.detail(MIB)).contains("1 MiB");
    assertThat(PayloadTooLargeException.detail(64 * MIB)).contains("64 MiB");
    assertThat(PayloadTooLargeException.detail(1500)).contains("1500 bytes");
  }

  private static InputStream body(int bytes) {
    return new ByteArrayInputStream(new byte[bytes]);
  }
}
