package com.shopassistant.ops;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The trace a request belongs to, so its log line joins the trace Cloud Run's front end started.
 * Taken from {@code X-Cloud-Trace-Context} ({@code TRACE_ID/SPAN_ID;o=1}, what Google's front ends
 * send), else from W3C {@code traceparent} ({@code 00-TRACE_ID-PARENT_ID-FLAGS}), else a new random
 * id: a line without a trace cannot be found from the request that caused it. A malformed header is
 * ignored rather than copied into the logs: the value comes from the client.
 *
 * @param traceId 32 lowercase hex digits, never all zero
 * @param source where it came from: {@code x-cloud-trace-context}, {@code traceparent}, {@code
 *     generated}
 */
public record TraceContext(String traceId, String source) {

  private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
  private static final String ZERO_TRACE = "0".repeat(32);

  /** The trace of a request with these two headers (either may be null). */
  public static TraceContext of(String cloudTraceContext, String traceparent) {
    String fromCloud = fromCloudTraceContext(cloudTraceContext);
    if (fromCloud != null) {
      return new TraceContext(fromCloud, "x-cloud-trace-context");
    }
    String fromW3c = fromTraceparent(traceparent);
    if (fromW3c != null) {
      return new TraceContext(fromW3c, "traceparent");
    }
    return new TraceContext(generated(), "generated");
  }

  /**
   * The value of Cloud Logging's {@code logging.googleapis.com/trace}: the trace's resource name
   * when the project is known, which lets the console link the line to the trace; else the id.
   */
  public String loggingTrace(String projectId) {
    if (projectId == null || projectId.isBlank()) {
      return traceId;
    }
    return "projects/" + projectId.strip() + "/traces/" + traceId;
  }

  static String fromCloudTraceContext(String header) {
    if (header == null) {
      return null;
    }
    int slash = header.indexOf('/');
    int semicolon = header.indexOf(';');
    int end = slash >= 0 ? slash : semicolon >= 0 ? semicolon : header.length();
    return validTraceId(header.substring(0, end));
  }

  static String fromTraceparent(String header) {
    if (header == null) {
      return null;
    }
    String[] parts = header.strip().toLowerCase(Locale.ROOT).split("-");
    // Version 00 has exactly four parts; later versions may append more, "ff" is invalid.
    if (parts.length < 4 || !isHex(parts[0], 2) || "ff".equals(parts[0])) {
      return null;
    }
    if ("00".equals(parts[0]) && parts.length != 4) {
      return null;
    }
    if (!isHex(parts[2], 16) || "0".repeat(16).equals(parts[2]) || !isHex(parts[3], 2)) {
      return null;
    }
    return validTraceId(parts[1]);
  }

  private static String validTraceId(String candidate) {
    String id = candidate.strip().toLowerCase(Locale.ROOT);
    return TRACE_ID.matcher(id).matches() && !ZERO_TRACE.equals(id) ? id : null;
  }

  private static boolean isHex(String value, int length) {
    return value.length() == length && HEX.matcher(value).matches();
  }

  private static String generated() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    // The high half is never zero, so the id is never the invalid all-zero one.
    return String.format("%016x%016x", random.nextLong(1, Long.MAX_VALUE), random.nextLong());
  }
}
