package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the server's /metrics as Liberty writes it (lines copied from a running server). */
class PrometheusTextTest {

  private static final String METRICS =
      """
      # TYPE memory_usedHeap_bytes gauge
      memory_usedHeap_bytes{mp_scope="base",} 2.43823768E8
      connectionpool_connectionHandles{datasource="jdbc_shopPostgres",mp_scope="vendor",} 3.0
      connectionpool_managedConnections{datasource="jdbc_shopPostgres",mp_scope="vendor",} 7.0
      connectionpool_managedConnections{datasource="jdbc_shopEmbedded",mp_scope="vendor",} 1.0
      thread_count{mp_scope="base",} 48.0
      cpu_processCpuTime_seconds{mp_scope="base",} 44.74
      ft_circuitbreaker_opened_total{method="com.shopassistant.assistant.gemini.GeminiCalls.generate",mp_scope="base",} 2.0
      ft_circuitbreaker_opened_total{method="com.shopassistant.assistant.gemini.GeminiCalls.stream",mp_scope="base",} 1.0
      ft_circuitbreaker_state_total_nanoseconds{method="com.shopassistant.assistant.gemini.GeminiCalls.stream",mp_scope="base",state="open",} 3.0E10
      ft_circuitbreaker_state_total_nanoseconds{method="com.shopassistant.assistant.gemini.GeminiCalls.stream",mp_scope="base",state="halfOpen",} 5.0E8
      ft_circuitbreaker_state_total_nanoseconds{method="com.shopassistant.assistant.gemini.GeminiCalls.stream",mp_scope="base",state="closed",} 9.0E10
      gemini_call_seconds_max{model="gemini-2.5-flash",outcome="ok",mp_scope="application",} 0.8
      gemini_call_seconds_max{model="gemini-2.5-flash",outcome="timeout",mp_scope="application",} 30.2
      """;

  @Test
  void sumsTheSeriesWhoseLabelsMatch() {
    PrometheusText metrics = new PrometheusText(METRICS);

    assertThat(metrics.sum("connectionpool_managedConnections")).isEqualTo(8);
    assertThat(metrics.sum("connectionpool_managedConnections", "datasource=\"jdbc_shopPostgres\""))
        .isEqualTo(7);
    assertThat(metrics.sum("ft_circuitbreaker_opened_total", "GeminiCalls")).isEqualTo(3);
    assertThat(metrics.max("gemini_call_seconds_max")).isEqualTo(30.2);
    assertThat(metrics.sum("no_such_metric")).isNaN();
  }

  @Test
  void theOpenStateIsNotConfusedWithHalfOpen() {
    PrometheusText metrics = new PrometheusText(METRICS);

    assertThat(metrics.sum("ft_circuitbreaker_state_total_nanoseconds", "state=\"open\""))
        .isEqualTo(3.0e10);
  }

  @Test
  void aSampleReadsTheServersGauges() {
    Sample sample = Sample.of(5_000, new PrometheusText(METRICS));

    assertThat(sample.atMillis()).isEqualTo(5_000);
    assertThat(sample.heapUsedBytes()).isEqualTo(2.43823768e8);
    assertThat(sample.poolInUse()).isEqualTo(3);
    assertThat(sample.poolOpen()).isEqualTo(7);
    assertThat(sample.threads()).isEqualTo(48);
    assertThat(sample.cpuSeconds()).isEqualTo(44.74);
    assertThat(sample.circuitOpened()).isEqualTo(3);
    assertThat(sample.circuitOpenNanos()).isEqualTo(3.0e10);
    assertThat(sample.circuitClosedNanos()).isEqualTo(9.0e10);
    assertThat(sample.geminiCallMaxSeconds()).isEqualTo(30.2);
  }

  @Test
  void aServerWithoutCircuitMetricsYetReadsZero() {
    Sample sample = Sample.of(0, new PrometheusText("thread_count{mp_scope=\"base\",} 40.0\n"));

    assertThat(sample.circuitOpened()).isZero();
    assertThat(sample.heapUsedBytes()).isNaN();
  }
}
