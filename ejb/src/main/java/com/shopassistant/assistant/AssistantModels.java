package com.shopassistant.assistant;

import com.shopassistant.assistant.gemini.GeminiGateway;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.offline.OfflineAssistant;
import com.shopassistant.usage.ModelCapacityExceededException;
import com.shopassistant.usage.ModelPriceTable;
import com.shopassistant.usage.ModelRatePermit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The fallback chain of one model call: the routed model, then Flash if that was Pro, then the
 * offline assistant, which always answers. Without an API key only the offline assistant is used.
 * Retries, timeouts, the circuit breaker and the bulkhead are the gateway's (Fault Tolerance); this
 * chain takes over once those gave up.
 */
@ApplicationScoped
public class AssistantModels {

  private static final Logger LOG = Logger.getLogger(AssistantModels.class.getName());

  @Inject GeminiGateway gemini;
  @Inject OfflineAssistant offline;
  @Inject ModelRouter router;
  @Inject AssistantMetrics metrics;

  public boolean geminiConfigured() {
    return gemini.configured();
  }

  /**
   * Answers {@code request}, streaming text to {@code deltas} when it is not null. Failures fall
   * back down the chain to the offline assistant, which always answers.
   *
   * @throws ModelCapacityExceededException when the global model limit refuses the call: not a
   *     failure of the model, so neither another model nor the offline assistant stands in (that
   *     would hide the overload from the customer and the operators)
   */
  public ModelReply answer(ModelRequest request, Consumer<String> deltas) {
    return answer(request, deltas, ModelRatePermit.NONE);
  }

  /**
   * Like {@link #answer(ModelRequest, Consumer)}, for a call that its budget reservation already
   * counted in the global model limit ({@code counted}); a fallback to another model is counted
   * again.
   */
  public ModelReply answer(ModelRequest request, Consumer<String> deltas, ModelRatePermit counted) {
    if (gemini.configured()) {
      List<String> chain = chainFor(request.model());
      for (int i = 0; i < chain.size(); i++) {
        String model = chain.get(i);
        String next = i + 1 < chain.size() ? chain.get(i + 1) : ModelPriceTable.OFFLINE_MODEL;
        try {
          return call(request.withModel(model), deltas, i == 0 ? counted : ModelRatePermit.NONE);
        } catch (ModelCapacityExceededException e) {
          throw e;
        } catch (ModelCallException e) {
          fellBack(model, next, e.kind().name().toLowerCase(Locale.ROOT), e);
        } catch (FaultToleranceException e) {
          fellBack(model, next, faultName(e), e);
        } catch (RuntimeException e) {
          fellBack(model, next, "unexpected", e);
        }
      }
    }
    try {
      return offline.stream(request.withModel(ModelPriceTable.OFFLINE_MODEL), sink(deltas));
    } catch (ModelCallException | RuntimeException e) {
      // The last link must answer: a plain apology, no tool calls.
      LOG.log(Level.SEVERE, "The offline assistant failed", e);
      String text = TurnTexts.unavailable(request.language());
      sink(deltas).accept(text);
      return new ModelReply(text, List.of(), null, ModelPriceTable.OFFLINE_MODEL, null);
    }
  }

  private ModelReply call(ModelRequest request, Consumer<String> deltas, ModelRatePermit counted)
      throws ModelCallException {
    return deltas == null
        ? gemini.generate(request, counted)
        : gemini.stream(request, deltas, counted);
  }

  private List<String> chainFor(String model) {
    List<String> chain = new ArrayList<>(List.of(model));
    if (!model.equals(router.flashModel())) {
      chain.add(router.flashModel());
    }
    return chain;
  }

  private void fellBack(String model, String next, String cause, Exception e) {
    metrics.fallback(model, next, cause);
    // The message names the failure (status, timeout), never the request or the key.
    LOG.log(
        Level.WARNING,
        "Model call to {0} failed ({1}): {2}",
        new Object[] {model, cause, e.getMessage()});
  }

  private static String faultName(FaultToleranceException e) {
    String name = e.getClass().getSimpleName();
    if (name.startsWith("CircuitBreakerOpen")) {
      return "circuit_open";
    }
    return name.startsWith("Bulkhead")
        ? "bulkhead_full"
        : name.startsWith("Timeout") ? "timeout" : "fault";
  }

  private static Consumer<String> sink(Consumer<String> deltas) {
    return deltas == null ? text -> {} : deltas;
  }
}
