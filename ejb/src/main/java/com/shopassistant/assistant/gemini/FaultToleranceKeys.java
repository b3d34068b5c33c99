package com.shopassistant.assistant.gemini;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the Fault Tolerance timeout of {@link GeminiCalls} as MicroProfile FT resolves it: the
 * method's key, else the class's, else the global one, else the annotation's value. The SDK's
 * timeout is kept at or below it.
 */
final class FaultToleranceKeys {

  static final String CALLS = GeminiCalls.class.getName();

  private FaultToleranceKeys() {}

  /** The shorter of the two methods' timeouts, in milliseconds (the unit is not overridden). */
  static long timeoutMillis(Config config) {
    return Math.min(timeoutOf(config, "generate"), timeoutOf(config, "stream"));
  }

  private static long timeoutOf(Config config, String method) {
    if (config == null) {
      return GeminiCalls.TIMEOUT_MILLIS;
    }
    return first(
            config,
            CALLS + "/" + method + "/Timeout/value",
            CALLS + "/Timeout/value",
            "Timeout/value")
        .orElse(GeminiCalls.TIMEOUT_MILLIS);
  }

  private static Optional<Long> first(Config config, String... keys) {
    for (String key : keys) {
      Optional<Long> value = config.getOptionalValue(key, Long.class);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }
}
