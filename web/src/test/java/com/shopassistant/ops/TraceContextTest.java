package com.shopassistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextTest {

  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String OTHER = "0af7651916cd43dd8448eb211c80319c";

  @Test
  void cloudTraceContextGivesItsTraceIdWithoutTheSpanAndOptions() {
    TraceContext trace = TraceContext.of(TRACE + "/1234567890;o=1", null);

    assertThat(trace.traceId()).isEqualTo(TRACE);
    assertThat(trace.source()).isEqualTo("x-cloud-trace-context");
  }

  @Test
  void cloudTraceContextWithoutSpanOrInUpperCaseIsAccepted() {
    assertThat(TraceContext.of(TRACE, null).traceId()).isEqualTo(TRACE);
    assertThat(TraceContext.of(TRACE.toUpperCase() + ";o=0", null).traceId()).isEqualTo(TRACE);
  }

  @Test
  void traceparentGivesItsTraceId() {
    TraceContext trace = TraceContext.of(null, "00-" + OTHER + "-b7ad6b7169203331-01");

    assertThat(trace.traceId()).isEqualTo(OTHER);
    assertThat(trace.source()).isEqualTo("traceparent");
  }

  @Test
  void cloudTraceContextWinsOverTraceparent() {
    TraceContext trace = TraceContext.of(TRACE + "/1;o=1", "00-" + OTHER + "-b7ad6b7169203331-01");

    assertThat(trace.traceId()).isEqualTo(TRACE);
  }

  @Test
  void aMalformedCloudHeaderFallsBackToTraceparent() {
    TraceContext trace = TraceContext.of("not-a-trace/1", "00-" + OTHER + "-b7ad6b7169203331-01");

    assertThat(trace.traceId()).isEqualTo(OTHER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331", // three parts
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-extra", // extra part in v00
        "ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", // forbidden version
        "00-00000000000000000000000000000000-b7ad6b7169203331-01", // zero trace id
        "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01", // zero parent id
        "00-0af7651916cd43dd8448eb211c8031-b7ad6b7169203331-01", // short trace id
        "00-0af7651916cd43dd8448eb211c80319z-b7ad6b7169203331-01", // not hex
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-1", // one-digit flags
        ""
      })
  void anInvalidTraceparentIsIgnored(String header) {
    assertThat(TraceContext.fromTraceparent(header)).isNull();
    assertThat(TraceContext.of(null, header).source()).isEqualTo("generated");
  }

  @Test
  void aLaterTraceparentVersionMayCarryMoreParts() {
    assertThat(TraceContext.fromTraceparent("01-" + OTHER + "-b7ad6b7169203331-01-more"))
        .isEqualTo(OTHER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00000000000000000000000000000000/1;o=1",
        "abc/1",
        "4bf92f3577b34da6a3ce929d0e0e4736ff/1",
        "<script>alert(1)</script>",
        ""
      })
  void anInvalidCloudTraceContextIsIgnored(String header) {
    assertThat(TraceContext.fromCloudTraceContext(header)).isNull();
  }

  @Test
  void withoutHeadersATraceIdIsGeneratedFreshForEachRequest() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      TraceContext trace = TraceContext.of(null, null);
      assertThat(trace.source()).isEqualTo("generated");
      assertThat(trace.traceId()).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
      ids.add(trace.traceId());
    }
    assertThat(ids).hasSize(100);
  }

  @Test
  void theLoggingTraceIsTheResourceNameWhenTheProjectIsKnown() {
    TraceContext trace = TraceContext.of(TRACE, null);

    assertThat(trace.loggingTrace("shop-prod")).isEqualTo("projects/shop-prod/traces/" + TRACE);
    assertThat(trace.loggingTrace(null)).isEqualTo(TRACE);
    assertThat(trace.loggingTrace(" ")).isEqualTo(TRACE);
  }
}
