package com.shopassistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequestLogLineTest {

  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

  @Test
  void aChatLineHasEverySeedFieldWithNumbersTypedByTheirSuffix() {
    RequestLogLine line = chatLine();

    assertThat(line.values())
        .containsExactly(
            Map.entry("service", "shop-assistant"),
            Map.entry("logging.googleapis.com/trace", "projects/p1/traces/" + TRACE),
            Map.entry("trace_id", TRACE),
            Map.entry("user_id", "42"),
            Map.entry("session_id", "c0ffee00-0000-4000-8000-000000000001"),
            Map.entry("endpoint", "/api/v1/chat"),
            Map.entry("method", "POST"),
            Map.entry("status", 200),
            Map.entry("latency_ms", 245L),
            Map.entry("gemini_tokens_input", 150L),
            Map.entry("gemini_tokens_output", 320L));
    assertThat(line.extensions())
        .containsEntry("status_int", "200")
        .containsEntry("latency_ms_long", "245")
        .containsEntry("gemini_tokens_input_long", "150")
        .containsEntry("trace", "projects/p1/traces/" + TRACE);
  }

  @Test
  void fieldsWithoutAValueAreLeftOut() {
    RequestLogLine line =
        new RequestLogLine(
            "shop-assistant", TRACE, TRACE, null, null, "unmatched", "GET", 404, 3, null, null);

    assertThat(line.values())
        .doesNotContainKeys("user_id", "session_id", "gemini_tokens_input", "gemini_tokens_output");
    assertThat(line.extensions()).doesNotContainKeys("user_id", "session_id");
  }

  @Test
  void theMessageNamesTheRequestAndNothingTheCustomerWrote() {
    assertThat(chatLine().message()).isEqualTo("POST /api/v1/chat 200 245 ms");
  }

  @Test
  void serverXmlRenamesEveryExtensionToItsField() throws Exception {
    Path serverXml = Path.of("..", "liberty", "src", "main", "liberty", "config", "server.xml");
    Matcher mappings =
        Pattern.compile("jsonFieldMappings=\"([^\"]*)\"").matcher(Files.readString(serverXml));
    assertThat(mappings.find()).as("jsonFieldMappings in server.xml").isTrue();

    assertThat(mappings.group(1))
        .startsWith("loglevel:severity,ibm_datetime:timestamp,")
        .endsWith(RequestLogLine.jsonFieldMappings());
    assertThat(RequestLogLine.jsonFieldMappings().split(","))
        .hasSize(RequestLogLine.FIELDS.size())
        .contains("ext_trace:logging.googleapis.com/trace", "ext_latency_ms_long:latency_ms");
  }

  @Test
  void theLineOfAFinishedRequestTakesItsFactsAndItsDuration() {
    RequestFacts facts = new RequestFacts();
    facts.start(1_000_000_000L, TraceContext.of(TRACE, null), "POST");
    facts.matched("/api/v1/chat");
    facts.user("42");
    facts.session("c1");
    facts.geminiTokens(10, 20);
    RequestLog log = new RequestLog();
    log.service = "shop-assistant";
    log.project = Optional.empty();

    RequestLogLine line = log.lineOf(facts, 201, 1_245_900_000L);

    assertThat(line.latencyMs()).isEqualTo(245);
    assertThat(line.loggingTrace()).isEqualTo(TRACE);
    assertThat(line.status()).isEqualTo(201);
    assertThat(line.values())
        .containsEntry("user_id", "42")
        .containsEntry("session_id", "c1")
        .containsEntry("gemini_tokens_output", 20L);
  }

  @Test
  void aRequestHasOneLine() {
    RequestFacts facts = new RequestFacts();

    assertThat(facts.markWritten()).isTrue();
    assertThat(facts.markWritten()).isFalse();
  }

  private static RequestLogLine chatLine() {
    return new RequestLogLine(
        "shop-assistant",
        "projects/p1/traces/" + TRACE,
        TRACE,
        "42",
        "c0ffee00-0000-4000-8000-000000000001",
        "/api/v1/chat",
        "POST",
        200,
        245,
        150L,
        320L);
  }
}
