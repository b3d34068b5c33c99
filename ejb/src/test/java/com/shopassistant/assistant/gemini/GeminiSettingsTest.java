package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings' derived values: configured, the SDK timeout, the log line. */
class GeminiSettingsTest {

  @Test
  void aBlankKeyIsNoKeyAndCachingNeedsOne() {
    GeminiSettings blank = GeminiSettings.builder().apiKey("  ").build();

    assertThat(blank.configured()).isFalse();
    assertThat(blank.contextCache()).isFalse();
    assertThat(GeminiSettings.builder().apiKey("k").build().contextCache()).isTrue();
  }

  @Test
  void theSdkTimeoutNeverExceedsFaultTolerances() {
    GeminiSettings normal = GeminiSettings.builder().timeout(Duration.ofSeconds(30)).build();
    GeminiSettings tooLong = GeminiSettings.builder().timeout(Duration.ofMinutes(2)).build();

    assertThat(normal.sdkTimeoutMillis()).isEqualTo(30_000);
    assertThat(tooLong.sdkTimeoutMillis()).isEqualTo((int) GeminiCalls.TIMEOUT_MILLIS);
  }

  @Test
  void theLogLineSaysWhetherThereIsAKeyButNeverTheKey() {
    GeminiSettings settings =
        GeminiSettings.builder().apiKey("AIza-secret-key").baseUrl("http://127.0.0.1:9299").build();

    assertThat(settings.describe())
        .contains("configured: yes", "gemini-2.5-flash", "http://127.0.0.1:9299")
        .doesNotContain("AIza-secret-key");
    assertThat(settings.toString()).doesNotContain("AIza-secret-key");
    assertThat(GeminiSettings.builder().build().describe()).contains("configured: no");
  }
}
