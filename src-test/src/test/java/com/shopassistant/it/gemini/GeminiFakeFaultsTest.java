package com.shopassistant.it.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.errors.ServerException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Errors, hangs, latency, random faults and the API key check, as the SDK sees them. */
class GeminiFakeFaultsTest {

  private static final String MODEL = "gemini-2.5-flash";

  private GeminiFake fake;
  private Client client;

  @BeforeEach
  void start() {
    fake = GeminiFake.start(0, FakeClients.KEY);
    client = FakeClients.sdk(fake, 1_000);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void a429IsTheSdksClientExceptionAndA503ItsServerException() {
    fake.enqueue(FakeReply.error(429), FakeReply.error(503));

    assertThatThrownBy(() -> client.models.generateContent(MODEL, "Hi", null))
        .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo(429))
        .hasMessageContaining("RESOURCE_EXHAUSTED");
    assertThatThrownBy(() -> client.models.generateContent(MODEL, "Hi", null))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.code()).isEqualTo(503));
    assertThat(fake.modelCalls()).as("the SDK's retries are off").hasSize(2);
  }

  @Test
  void aHangEndsInTheSdksTimeout() {
    fake.enqueue(FakeReply.hang());
    long start = System.nanoTime();

    assertThatThrownBy(() -> client.models.generateContent(MODEL, "Hi", null))
        .isInstanceOf(GenAiIOException.class);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
  }

  @Test
  void latencyAndADelayComeBeforeTheAnswer() {
    fake.latency(Duration.ofMillis(200))
        .enqueue(FakeReply.text("Late").after(Duration.ofMillis(200)));
    long start = System.nanoTime();

    assertThat(client.models.generateContent(MODEL, "Hi", null).text()).isEqualTo("Late");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(390));
  }

  @Test
  void theFakesOwnWorkIsPartOfTheLatencyNotAddedToIt() {
    // A rule that takes 400 ms to choose stands for a slow fake (rules, JSON, a busy machine).
    fake.latency(Duration.ofMillis(600))
        .rule(
            FakeRule.answering(
                request -> {
                  sleep(Duration.ofMillis(400));
                  return true;
                },
                request -> FakeReply.text("On time")));
    long start = System.nanoTime();

    assertThat(client.models.generateContent(MODEL, "Hi", null).text()).isEqualTo("On time");

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(590), Duration.ofMillis(950));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void randomFaultsFailAboutTheirShareOfCalls() {
    fake.faults(FakeFaults.of(0.3, Map.of(FakeReply.error(500), 1), 42));
    int failed = 0;
    for (int i = 0; i < 200; i++) {
      try {
        client.models.generateContent(MODEL, "Hi", null);
      } catch (ServerException e) {
        failed++;
      }
    }
    assertThat(failed).isBetween(40, 80);
  }

  @Test
  void aFaultLeavesTheQueuedReplyForTheRetry() {
    fake.faults(FakeFaults.of(1.0, Map.of(FakeReply.error(503), 1), 1))
        .enqueue(FakeReply.text("Ok"));

    assertThatThrownBy(() -> client.models.generateContent(MODEL, "Hi", null))
        .isInstanceOf(ServerException.class);
    fake.faults(FakeFaults.NONE);

    assertThat(client.models.generateContent(MODEL, "Hi", null).text()).isEqualTo("Ok");
  }

  @Test
  void aWrongKeyIsRefused403AndAMissingOne401() throws Exception {
    try (Client wrong = FakeClients.sdk(fake, "not-the-key", 1_000)) {
      assertThatThrownBy(() -> wrong.models.generateContent(MODEL, "Hi", null))
          .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo(403));
    }
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(fake.baseUrl() + "/v1beta/models/" + MODEL + ":generateContent"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"contents\":[]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("\"status\":\"UNAUTHENTICATED\"");
    assertThat(fake.modelCalls()).hasSize(2);
  }
}
