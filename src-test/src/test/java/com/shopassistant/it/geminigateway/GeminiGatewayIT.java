package com.shopassistant.it.geminigateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shopassistant.assistant.gemini.GeminiGateway;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelCallException.Kind;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.RecordedRequest;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link GeminiGateway} as the application gets it from CDI, against the Gemini fake started in the
 * server's JVM on the port of {@code GEMINI_BASE_URL} (and stopped by each test, so the port is
 * free for client-side tests). The circuit breaker test runs last: it leaves the breaker open.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeminiGatewayIT {

  private static final String MODEL = "gemini-2.5-flash";

  @Deployment
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(
        GeminiGatewayIT.class.getPackage(), GeminiFake.class.getPackage());
  }

  @Inject GeminiGateway gateway;
  @Inject ContextCacheRows rows;

  @Test
  @Order(1)
  void faultToleranceRetriesServerErrorsButNotRejections() throws Exception {
    try (GeminiFake fake = startFake()) {
      fake.enqueue(FakeReply.error(503), FakeReply.error(429), FakeReply.text("Third time."));

      assertThat(gateway.configured()).isTrue();
      assertThat(gateway.generate(small("Hi")).text()).isEqualTo("Third time.");
      assertThat(fake.modelCalls()).hasSize(3);

      fake.enqueue(FakeReply.error(400));
      ModelCallException rejected =
          catchThrowableOfType(ModelCallException.class, () -> gateway.generate(small("Hi")));

      assertThat(rejected.kind()).isEqualTo(Kind.REJECTED);
      assertThat(fake.modelCalls()).hasSize(4);
    }
  }

  @Test
  @Order(2)
  void theContextCacheNameIsKeptInTheDatabase() throws Exception {
    try (GeminiFake fake = startFake()) {
      gateway.generate(large("Hi"));
      gateway.stream(large("Hello"), delta -> {});

      List<RecordedRequest> creates =
          fake.requests().stream().filter(r -> r.action().equals("cachedContents")).toList();
      assertThat(creates).hasSize(1);
      List<RecordedRequest> calls = fake.modelCalls();
      assertThat(calls).hasSize(2);
      String name = calls.get(0).cachedContent();
      assertThat(name).startsWith("cachedContents/");
      assertThat(calls.get(1).cachedContent()).isEqualTo(name);
      assertThat(calls.get(1).hasTools()).isFalse();
      assertThat(rows.namesOf(MODEL)).contains(name);
    }
  }

  @Test
  @Order(3)
  void metricsNameCallsTokensLatencyAndCacheUse() throws Exception {
    String metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + System.getenv("PORT") + "/metrics"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(metrics)
        .containsPattern("gemini_calls_total\\{[^}]*model=\"gemini-2.5-flash\"[^}]*outcome=\"ok\"")
        .containsPattern("gemini_calls_total\\{[^}]*outcome=\"server_error\"")
        .containsPattern("gemini_calls_total\\{[^}]*outcome=\"rate_limited\"")
        .containsPattern("gemini_calls_total\\{[^}]*outcome=\"rejected\"")
        .containsPattern("gemini_call_seconds_count\\{[^}]*model=\"gemini-2.5-flash\"")
        .containsPattern("gemini_tokens_total\\{[^}]*kind=\"cached\"")
        .containsPattern("gemini_context_cache_total\\{[^}]*result=\"miss\"")
        .containsPattern("gemini_context_cache_total\\{[^}]*result=\"hit\"");
  }

  @Test
  @Order(4)
  void theCircuitOpensAfterRepeatedFailuresAndCallsStop() throws Exception {
    try (GeminiFake fake = startFake()) {
      fake.defaultReply(FakeReply.error(500));
      Kind last = null;
      for (int i = 0; i < 10 && last != Kind.UNAVAILABLE; i++) {
        last =
            catchThrowableOfType(ModelCallException.class, () -> gateway.generate(small("Hi")))
                .kind();
      }
      long callsWhenOpen = fake.received();

      assertThat(last).isEqualTo(Kind.UNAVAILABLE);
      ModelCallException refused =
          catchThrowableOfType(ModelCallException.class, () -> gateway.generate(small("Hi")));
      assertThat(refused.kind()).isEqualTo(Kind.UNAVAILABLE);
      assertThat(fake.received()).as("no call while the circuit is open").isEqualTo(callsWhenOpen);
    }
  }

  /** The fake on the port the server's GEMINI_BASE_URL names, with its GEMINI_API_KEY. */
  private static GeminiFake startFake() {
    String baseUrl = ConfigProvider.getConfig().getValue("gemini.base-url", String.class);
    int port = URI.create(baseUrl).getPort();
    return GeminiFake.start(
        port, ConfigProvider.getConfig().getValue("gemini.api-key", String.class));
  }

  private static ModelRequest small(String text) {
    return new ModelRequest(
        MODEL, "You help shoppers.", null, List.of(ModelMessage.user(text)), List.of(), "en");
  }

  /** A system prompt over the cache's minimum size (1,024 estimated tokens). */
  private static ModelRequest large(String text) {
    String prompt = "You help shoppers of the store. ".repeat(160);
    return new ModelRequest(MODEL, prompt, null, List.of(ModelMessage.user(text)), List.of(), "en");
  }
}
