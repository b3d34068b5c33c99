package com.shopassistant.ops;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes one line per API request through java.util.logging, with the request's fields as Liberty
 * {@code LogRecordContext} extensions: Liberty's JSON log (console on Cloud Run) then carries them
 * as top-level fields next to its own {@code timestamp} and {@code severity} ({@code server.xml}
 * renames them; see {@link RequestLogLine}). The extensions live on the thread only while the line
 * is written, so no other log record picks them up.
 */
@ApplicationScoped
public class RequestLog {

  static final String LOGGER_NAME = "com.shopassistant.ops.RequestLog";
  private static final Logger LOG = Logger.getLogger(LOGGER_NAME);

  /** The service name in every line: Cloud Run's {@code K_SERVICE}, else shop-assistant. */
  @Inject
  @ConfigProperty(name = "K_SERVICE", defaultValue = "shop-assistant")
  String service;

  /** The project whose trace resource names the lines use; empty: the raw trace id. */
  @Inject
  @ConfigProperty(name = "GOOGLE_CLOUD_PROJECT")
  Optional<String> project;

  /** Writes the request's line unless it ends with a stream, which writes its own at the end. */
  void responded(RequestFacts facts, int status) {
    if (!facts.streamed()) {
      write(facts, status);
    }
  }

  /** The stream the request answered with has ended: its line, with the turn's tokens. */
  public void streamEnded(RequestFacts facts) {
    write(facts, 200);
  }

  private void write(RequestFacts facts, int status) {
    Level level = status >= 500 ? Level.WARNING : Level.INFO;
    if (!facts.started() || !facts.markWritten() || !LOG.isLoggable(level)) {
      return;
    }
    RequestLogLine line = lineOf(facts, status, System.nanoTime());
    Map<String, String> extensions = line.extensions();
    extensions.forEach(LogRecordContext::addExtension);
    try {
      LOG.log(level, line.message());
    } finally {
      extensions.keySet().forEach(LogRecordContext::removeExtension);
    }
  }

  RequestLogLine lineOf(RequestFacts facts, int status, long nowNanos) {
    return new RequestLogLine(
        service,
        facts.trace().loggingTrace(project.orElse(null)),
        facts.trace().traceId(),
        facts.userId(),
        facts.sessionId(),
        facts.endpoint(),
        facts.method(),
        status,
        TimeUnit.NANOSECONDS.toMillis(nowNanos - facts.startedNanos()),
        facts.geminiInputTokens(),
        facts.geminiOutputTokens());
  }
}
