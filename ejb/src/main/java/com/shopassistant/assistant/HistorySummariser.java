package com.shopassistant.assistant;

import com.shopassistant.assistant.gemini.GeminiGateway;
import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.offline.OfflineSummariser;
import com.shopassistant.usage.BudgetReservation;
import com.shopassistant.usage.ModelRateLimiter;
import com.shopassistant.usage.TokenBudgetService;
import com.shopassistant.usage.TokenCounts;
import com.shopassistant.usage.TokenLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Folds turns that left the history window into the conversation's summary: with a cheap model call
 * when Gemini is configured (metered like any call), else, or when that fails, with the offline
 * summariser.
 */
@ApplicationScoped
public class HistorySummariser {

  static final String PROMPT =
      """
      You keep the running summary of a shopping chat. Merge the previous summary and the \
      messages below into one summary of at most 120 words, in the customer's language: what \
      they looked for, products and item codes that matter, cart changes, orders, quotes \
      waiting for a yes, open questions. Facts only; no greetings.""";

  private static final Logger LOG = Logger.getLogger(HistorySummariser.class.getName());
  private static final int MAX_RENDERED_CHARS = 12_000;

  @Inject GeminiGateway gemini;
  @Inject OfflineSummariser offline;
  @Inject TokenLedger ledger;
  @Inject TokenBudgetService budgets;
  @Inject ModelRateLimiter modelLimit;

  @Inject
  @ConfigProperty(name = "shop.assistant.summary-model", defaultValue = "gemini-2.5-flash-lite")
  String summaryModel;

  /**
   * The new summary. A model summary is metered and budgeted like any call; when the budget cannot
   * cover it, the offline summariser writes it.
   */
  public String fold(ConversationState state, List<ModelMessage> folded) {
    if (gemini.configured()) {
      try {
        ModelRequest request =
            new ModelRequest(
                summaryModel,
                PROMPT,
                null,
                List.of(ModelMessage.user(render(state.summary(), folded))),
                List.of(),
                state.language());
        BudgetReservation reservation =
            budgets.reserve(state.customerId(), PromptEstimate.of(request, 0));
        ModelReply reply;
        try {
          reply = gemini.generate(request, reservation.counted());
        } catch (Exception | Error e) {
          budgets.release(reservation);
          throw e;
        }
        ledger.record(
            state.customerId(),
            state.id(),
            reply.model(),
            TokenCounts.of(reply.usage().input(), reply.usage().output(), reply.usage().cached()),
            List.of(),
            reservation);
        // Its reservation counted it in the global limit: the gateway leaves the correction here.
        modelLimit.settle(reservation.counted(), reply.usage().total());
        if (!reply.text().isBlank()) {
          return reply.text().strip();
        }
      } catch (Exception e) {
        LOG.log(Level.INFO, "Summary by model failed, summarising offline: {0}", e.toString());
      }
    }
    return offline.summarise(state.summary(), folded);
  }

  static String render(String previous, List<ModelMessage> folded) {
    StringBuilder text = new StringBuilder();
    text.append("Previous summary: ").append(previous == null ? "(none)" : previous).append('\n');
    for (ModelMessage message : folded) {
      switch (message.role()) {
        case USER -> text.append("Customer: ").append(message.text()).append('\n');
        case MODEL -> {
          if (!message.text().isBlank()) {
            text.append("Assistant: ").append(message.text()).append('\n');
          }
          for (FunctionCall call : message.calls()) {
            text.append("Assistant called ")
                .append(call.name())
                .append(' ')
                .append(AssistantJson.write(call.args()))
                .append('\n');
          }
        }
        case TOOL ->
            text.append("Result of ")
                .append(message.toolName())
                .append(": ")
                .append(AssistantJson.write(message.response()))
                .append('\n');
      }
      if (text.length() > MAX_RENDERED_CHARS) {
        return text.substring(0, MAX_RENDERED_CHARS);
      }
    }
    return text.toString();
  }
}
