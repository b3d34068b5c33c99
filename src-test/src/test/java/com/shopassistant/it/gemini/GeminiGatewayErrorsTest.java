package com.shopassistant.it.gemini;

import static com.shopassistant.it.gemini.GatewayRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.assistant.gemini.GeminiGateway;
import com.shopassistant.assistant.gemini.GeminiSettings;
import com.shopassistant.assistant.gemini.InMemoryContextCacheStore;
import com.shopassistant.assistant.gemini.RejectedModelCallException;
import com.shopassistant.assistant.gemini.RetryableModelCallException;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelCallException.Kind;
import com.shopassistant.assistant.model.ModelMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the gateway reports Gemini's failures (Fault Tolerance is not active outside Liberty). */
class GeminiGatewayErrorsTest {

  private GeminiFake fake;
  private GeminiGateway gateway;

  @BeforeEach
  void start() {
    fake = GeminiFake.start(0, FakeClients.KEY);
    gateway = GatewayRequests.gateway(fake, Duration.ofSeconds(1));
  }

  @AfterEach
  void stop() {
    gateway.close();
    fake.close();
  }

  @Test
  void a429IsRateLimitedAndRetryable() {
    fake.enqueue(FakeReply.error(429));

    assertThatThrownBy(() -> gateway.generate(request(ModelMessage.user("Hi"))))
        .isInstanceOfSatisfying(
            RetryableModelCallException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
              assertThat(e.status()).isEqualTo(429);
            });
    assertThat(fake.modelCalls()).as("no retry by the SDK").hasSize(1);
  }

  @Test
  void a503IsAServerErrorAndRetryable() {
    fake.enqueue(FakeReply.error(503));

    assertThatThrownBy(() -> gateway.stream(request(ModelMessage.user("Hi")), d -> {}))
        .isInstanceOfSatisfying(
            RetryableModelCallException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
              assertThat(e.status()).isEqualTo(503);
            });
  }

  @Test
  void a400AndABlockedPromptAreRejected() {
    fake.enqueue(FakeReply.error(400), FakeReply.blocked("SAFETY"));

    assertThatThrownBy(() -> gateway.generate(request(ModelMessage.user("Hi"))))
        .isInstanceOfSatisfying(
            RejectedModelCallException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> gateway.generate(request(ModelMessage.user("Hi"))))
        .isInstanceOfSatisfying(
            RejectedModelCallException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
  }

  @Test
  void aHangIsATimeoutWithinTheConfiguredTime() {
    fake.enqueue(FakeReply.hang());
    long start = System.nanoTime();

    assertThatThrownBy(() -> gateway.generate(request(ModelMessage.user("Hi"))))
        .isInstanceOfSatisfying(
            ModelCallException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
              assertThat(e).isNotInstanceOf(RetryableModelCallException.class);
            });

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(3));
  }

  @Test
  void aStreamThatFailsAfterTextIsNotRetryable() {
    String text = "One two three four five six seven eight nine ten.";
    fake.enqueue(FakeReply.text(text)).streamChunks(3).streamChunkDelay(Duration.ofSeconds(5));
    List<String> deltas = new ArrayList<>();

    assertThatThrownBy(() -> gateway.stream(request(ModelMessage.user("Count")), deltas::add))
        .isInstanceOfSatisfying(
            ModelCallException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
              assertThat(e).isNotInstanceOf(RetryableModelCallException.class);
            });
    assertThat(deltas).hasSize(1);
    assertThat(text).startsWith(deltas.get(0)).isNotEqualTo(deltas.get(0));
  }

  @Test
  void aRefusedConnectionIsATimeoutAndNoKeyBuildsNoClient() {
    int port = fake.port();
    fake.close();
    GeminiGateway nobodyListening = GatewayRequests.gateway(fake, Duration.ofSeconds(1));
    GeminiGateway noKey =
        GeminiGateway.standalone(
            GeminiSettings.builder().baseUrl("http://127.0.0.1:" + port).build(),
            new InMemoryContextCacheStore());

    assertThatThrownBy(() -> nobodyListening.generate(request(ModelMessage.user("Hi"))))
        .isInstanceOfSatisfying(
            ModelCallException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
    assertThat(noKey.configured()).isFalse();
    assertThatThrownBy(() -> noKey.generate(request(ModelMessage.user("Hi"))))
        .isInstanceOf(RejectedModelCallException.class);
    fake = GeminiFake.start(0);
  }
}
