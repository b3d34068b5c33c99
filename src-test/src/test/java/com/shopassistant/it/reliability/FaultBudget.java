package com.shopassistant.it.reliability;

import com.shopassistant.assistant.gemini.GeminiCalls;
import com.shopassistant.assistant.model.ModelRequest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.Properties;
import java.util.function.Consumer;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The longest a chat turn may take when every model call fails as slowly as the configuration
 * allows, computed from the Fault Tolerance annotations of {@link GeminiCalls} and the
 * application's defaults (gemini.timeout, shop.assistant.max-model-calls-per-turn): the model runs
 * with those defaults, so the budget is theirs (a deployment overriding them has another budget).
 *
 * <p>One link of a model call (one model) makes attempts of at most {@code attempt} each; no retry
 * starts after {@code maxDuration}, so a link ends by {@code maxDuration + attempt} at the latest,
 * and never later than all attempts and delays back to back. A routed Pro call falls back to Flash
 * (two links), then to the offline assistant (no model). A turn makes at most {@code callsPerTurn}
 * model calls.
 *
 * @param attemptMillis one attempt: the smaller of the SDK's timeout and {@code @Timeout}
 * @param maxRetries {@code @Retry.maxRetries}
 * @param delayMillis {@code @Retry.delay} plus its jitter
 * @param maxDurationMillis {@code @Retry.maxDuration}
 * @param links models tried before the offline assistant (2: Pro, then Flash)
 * @param callsPerTurn model calls one turn may make
 */
public record FaultBudget(
    long attemptMillis,
    int maxRetries,
    long delayMillis,
    long maxDurationMillis,
    int links,
    int callsPerTurn) {

  /** Server-side work around the model calls (database, tools) allowed on a busy machine. */
  static final long TURN_OVERHEAD_MILLIS = 30_000;

  /** The longest one model link can take. */
  public long linkMillis() {
    long backToBack = (maxRetries + 1L) * attemptMillis + maxRetries * delayMillis;
    return Math.min(backToBack, maxDurationMillis + attemptMillis);
  }

  /** The longest a whole turn can take. */
  public long turnMillis() {
    return callsPerTurn * links * linkMillis() + TURN_OVERHEAD_MILLIS;
  }

  /** The budget of the application as built. */
  public static FaultBudget ofApplication() {
    try {
      Method generate = GeminiCalls.class.getMethod("stream", ModelRequest.class, Consumer.class);
      Timeout timeout = generate.getAnnotation(Timeout.class);
      Retry retry = generate.getAnnotation(Retry.class);
      Properties defaults = applicationDefaults();
      long sdk = Duration.parse(defaults.getProperty("gemini.timeout", "PT30S")).toMillis();
      long ft = Duration.of(timeout.value(), timeout.unit()).toMillis();
      return new FaultBudget(
          Math.min(sdk, ft),
          retry.maxRetries(),
          Duration.of(retry.delay(), retry.delayUnit()).toMillis()
              + Duration.of(retry.jitter(), retry.jitterDelayUnit()).toMillis(),
          Duration.of(retry.maxDuration(), retry.durationUnit()).toMillis(),
          2,
          Integer.parseInt(
              defaults.getProperty("shop.assistant.max-model-calls-per-turn", "6").strip()));
    } catch (NoSuchMethodException | IOException e) {
      throw new IllegalStateException("cannot read the Fault Tolerance settings", e);
    }
  }

  /** The ejb module's META-INF/microprofile-config.properties (the one next to GeminiCalls). */
  private static Properties applicationDefaults() throws IOException {
    String jar = GeminiCalls.class.getProtectionDomain().getCodeSource().getLocation().toString();
    Properties properties = new Properties();
    for (URL url :
        Collections.list(
            GeminiCalls.class
                .getClassLoader()
                .getResources("META-INF/microprofile-config.properties"))) {
      if (url.toString().contains(jar)) {
        try (InputStream in = url.openStream()) {
          properties.load(in);
        }
      }
    }
    return properties;
  }
}
