package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.assistant.gemini.GeminiGateway;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.offline.OfflineAssistant;
import com.shopassistant.usage.ModelCapacityExceededException;
import com.shopassistant.usage.ModelRateOutcome;
import com.shopassistant.usage.ModelRatePermit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fallback chain stands in for failed models, not for the global model limit. */
class AssistantModelsTest {

  private final ScriptedGateway gemini = new ScriptedGateway();
  private final AssistantModels models = new AssistantModels();
  private final List<String> offlineCalls = new ArrayList<>();

  @BeforeEach
  void wire() {
    models.gemini = gemini;
    models.router = new ModelRouter("flash", "pro", List.of("compare"), 10);
    models.metrics = new AssistantMetrics();
    models.offline =
        new OfflineAssistant() {
          @Override
          public ModelReply stream(ModelRequest request, Consumer<String> deltas) {
            offlineCalls.add(request.model());
            return new ModelReply("offline answer", List.of(), null, "offline", null);
          }
        };
  }

  @Test
  void aFailedProCallFallsBackToFlash() {
    gemini.failing.add("pro");

    ModelReply reply = models.answer(request("pro"), null);

    assertThat(reply.text()).isEqualTo("answer of flash");
    assertThat(gemini.called).containsExactly("pro", "flash");
  }

  @Test
  void aCallItsReservationCountedIsNotCountedAgainButItsFallbackIs() {
    gemini.failing.add("pro");
    ModelRatePermit counted = new ModelRatePermit(Instant.parse("2026-11-28T10:15:00Z"), 3_000);

    models.answer(request("pro"), null, counted);

    assertThat(gemini.permits).containsExactly(counted, ModelRatePermit.NONE);
  }

  @Test
  void aCallRefusedByTheGlobalLimitFallsBackToNeitherFlashNorTheOfflineAssistant() {
    gemini.refusing = true;

    assertThatThrownBy(() -> models.answer(request("pro"), null))
        .isInstanceOf(ModelCapacityExceededException.class);
    assertThat(gemini.called).containsExactly("pro");
    assertThat(offlineCalls).isEmpty();
  }

  private static ModelRequest request(String model) {
    return new ModelRequest(model, "You help.", null, List.of(ModelMessage.user("hi")), null, "en");
  }

  private static final class ScriptedGateway extends GeminiGateway {
    final List<String> called = new ArrayList<>();
    final List<String> failing = new ArrayList<>();
    final List<ModelRatePermit> permits = new ArrayList<>();
    boolean refusing;

    @Override
    public boolean configured() {
      return true;
    }

    @Override
    public ModelReply generate(ModelRequest request, ModelRatePermit counted)
        throws ModelCallException {
      called.add(request.model());
      permits.add(counted);
      if (refusing) {
        throw new ModelCapacityExceededException(ModelRateOutcome.TOKENS, 30);
      }
      if (failing.contains(request.model())) {
        throw new ModelCallException(ModelCallException.Kind.SERVER_ERROR, 503, "down", null);
      }
      return new ModelReply("answer of " + request.model(), List.of(), null, "m", null);
    }
  }
}
