package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.model.ModelUsage;
import com.shopassistant.usage.ModelCapacityExceededException;
import com.shopassistant.usage.ModelRateLimiter;
import com.shopassistant.usage.ModelRateOutcome;
import com.shopassistant.usage.ModelRatePermit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway counts every generation call in the global limit before Fault Tolerance sees it. */
class GeminiGatewayLimitTest {

  private static final Instant MINUTE = Instant.parse("2026-11-28T10:15:00Z");

  private final RecordingLimiter limiter = new RecordingLimiter();
  private final RecordingCalls calls = new RecordingCalls();
  private final GeminiGateway gateway = new GeminiGateway() {};

  @BeforeEach
  void wire() {
    gateway.settings = GeminiSettings.builder().apiKey("k").build();
    gateway.calls = calls;
    gateway.metrics = GeminiMetrics.none();
    gateway.limiter = limiter;
  }

  @Test
  void aCallIsCountedWithItsEstimateAndSettledWithTheTokensGeminiReported() throws Exception {
    ModelRequest request = request("Any tea?");

    ModelReply reply = gateway.generate(request);

    assertThat(reply.text()).isEqualTo("Two teas.");
    assertThat(limiter.acquired)
        .containsExactly(ModelCallEstimate.of(request, gateway.settings.maxOutputTokens()));
    assertThat(limiter.settled).containsExactly(130L);
  }

  @Test
  void aCallItsBudgetReservationCountedIsNeitherCountedNorSettledHere() throws Exception {
    // Whoever counted it corrects it: the chat turn in the transaction that records the call.
    ModelReply reply = gateway.generate(request("Any tea?"), new ModelRatePermit(MINUTE, 2_500));

    assertThat(reply.usage().total()).isEqualTo(130);
    assertThat(limiter.acquired).isEmpty();
    assertThat(limiter.settled).isEmpty();
  }

  @Test
  void aStreamedCallIsCountedToo() throws Exception {
    List<String> deltas = new ArrayList<>();

    gateway.stream(request("Any tea?"), deltas::add);

    assertThat(limiter.acquired).hasSize(1);
    assertThat(limiter.settled).containsExactly(130L);
    assertThat(deltas).containsExactly("Two teas.");
  }

  @Test
  void aRefusedCallNeverReachesFaultToleranceOrGemini() {
    limiter.refuse = true;

    assertThatThrownBy(() -> gateway.generate(request("Any tea?")))
        .isInstanceOf(ModelCapacityExceededException.class);
    assertThatThrownBy(() -> gateway.stream(request("Any tea?"), delta -> {}))
        .isInstanceOf(ModelCapacityExceededException.class);
    assertThat(calls.made).isZero();
    assertThat(limiter.settled).isEmpty();
  }

  @Test
  void aFailedCallKeepsItsEstimate() {
    calls.failure = new ModelCallException(ModelCallException.Kind.SERVER_ERROR, 503, "down", null);

    assertThatThrownBy(() -> gateway.generate(request("Any tea?")))
        .isInstanceOf(ModelCallException.class);
    assertThat(limiter.acquired).hasSize(1);
    assertThat(limiter.settled).isEmpty();
  }

  private static ModelRequest request(String text) {
    return new ModelRequest(
        "gemini-2.5-flash", "You help.", null, List.of(ModelMessage.user(text)), List.of(), "en");
  }

  private static final class RecordingLimiter extends ModelRateLimiter {
    final List<Long> acquired = new ArrayList<>();
    final List<Long> settled = new ArrayList<>();
    boolean refuse;

    @Override
    public ModelRatePermit acquire(long estimatedTokens) {
      if (refuse) {
        throw new ModelCapacityExceededException(ModelRateOutcome.REQUESTS, 12);
      }
      acquired.add(estimatedTokens);
      return new ModelRatePermit(MINUTE, estimatedTokens);
    }

    @Override
    public void settle(ModelRatePermit permit, long actualTokens) {
      settled.add(actualTokens);
    }
  }

  private static final class RecordingCalls extends GeminiCalls {
    int made;
    ModelCallException failure;

    @Override
    public ModelReply generate(ModelRequest request) throws ModelCallException {
      made++;
      if (failure != null) {
        throw failure;
      }
      return new ModelReply("Two teas.", List.of(), new ModelUsage(100, 30, 0), "flash", null);
    }

    @Override
    public ModelReply stream(ModelRequest request, Consumer<String> textDeltas)
        throws ModelCallException {
      ModelReply reply = generate(request);
      textDeltas.accept(reply.text());
      return reply;
    }
  }
}
