package com.shopassistant.it.reliability;

/**
 * What the server's {@code /metrics} said at one moment of the run.
 *
 * @param atMillis milliseconds since the run began
 * @param heapUsedBytes heap in use (live objects and garbage not yet collected)
 * @param poolInUse connections of the PostgreSQL pool handed out to the application now
 * @param poolOpen connections the pool holds open (in use or idle)
 * @param threads the server's live threads
 * @param cpuSeconds the server's CPU time so far (all threads)
 * @param circuitOpened times the Gemini circuit breaker opened so far (both methods)
 * @param circuitOpenNanos time the circuit spent open so far
 * @param circuitClosedNanos time the circuit spent closed so far
 * @param geminiCallMaxSeconds the longest Gemini call of the timer's recent window
 */
public record Sample(
    long atMillis,
    double heapUsedBytes,
    double poolInUse,
    double poolOpen,
    double threads,
    double cpuSeconds,
    double circuitOpened,
    double circuitOpenNanos,
    double circuitClosedNanos,
    double geminiCallMaxSeconds) {

  static final String DATASOURCE = "datasource=\"jdbc_shopPostgres\"";
  static final String GEMINI_CALLS = "GeminiCalls";

  /** Reads one sample out of a {@code /metrics} answer. */
  public static Sample of(long atMillis, PrometheusText metrics) {
    return new Sample(
        atMillis,
        metrics.sum("memory_usedHeap_bytes"),
        metrics.sum("connectionpool_connectionHandles", DATASOURCE),
        metrics.sum("connectionpool_managedConnections", DATASOURCE),
        metrics.sum("thread_count"),
        metrics.sum("cpu_processCpuTime_seconds"),
        zeroIfAbsent(metrics.sum("ft_circuitbreaker_opened_total", GEMINI_CALLS)),
        zeroIfAbsent(
            metrics.sum(
                "ft_circuitbreaker_state_total_nanoseconds", GEMINI_CALLS, "state=\"open\"")),
        zeroIfAbsent(
            metrics.sum(
                "ft_circuitbreaker_state_total_nanoseconds", GEMINI_CALLS, "state=\"closed\"")),
        zeroIfAbsent(metrics.max("gemini_call_seconds_max")));
  }

  private static double zeroIfAbsent(double value) {
    return Double.isNaN(value) ? 0 : value;
  }
}
