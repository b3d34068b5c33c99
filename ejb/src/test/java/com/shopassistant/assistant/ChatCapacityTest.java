package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.ModelCapacityExceededException;
import com.shopassistant.usage.ModelPriceTable;
import com.shopassistant.usage.ModelRateOutcome;
import com.shopassistant.usage.ModelRatePermit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The turn loop when the global model limit refuses a call: no fallback, a polite stored answer.
 */
class ChatCapacityTest {

  private final ChatServiceTest chat = new ChatServiceTest();
  private final LimitedModels models = new LimitedModels();

  @BeforeEach
  void wire() {
    chat.wire();
    chat.chat.models = models;
  }

  @Test
  void aTurnRefusedAtItsFirstCallIsRefusedWithARetryAndAPoliteStoredAnswer() {
    models.refuseFrom = 0;

    assertThatThrownBy(() -> chat.send("find a mouse"))
        .isInstanceOfSatisfying(
            ChatCapacityExceededException.class,
            e -> {
              assertThat(e.retryAfterSeconds()).isEqualTo(17);
              assertThat(e.reply()).contains("very busy").contains("17 seconds");
              assertThat(e.conversationId()).isNotBlank();
            });
    // the customer's message and the answer: the history still alternates
    assertThat(chat.store.roles).containsExactly("USER", "MODEL");
    assertThat(chat.ledgerRows).isEmpty();
    assertThat(chat.budget.released).containsExactly("r1");
    assertThat(chat.tools.ran).isEmpty();
  }

  @Test
  void aRefusalAfterAToolRanEndsTheTurnWithThePoliteAnswerAndKeepsTheToolsWork() throws Exception {
    models.script.add(ChatServiceTest.calls("view_cart", Map.of()));
    models.refuseFrom = 1;

    ChatAnswer answer = chat.send("show my cart");

    assertThat(answer.reply()).contains("very busy");
    assertThat(chat.tools.ran).containsExactly("view_cart");
    assertThat(chat.store.roles).containsExactly("USER", "MODEL", "TOOL", "MODEL");
    assertThat(chat.ledgerRows).hasSize(1);
    assertThat(chat.budget.settled).containsExactly("r1");
    assertThat(chat.budget.released).containsExactly("r2");
  }

  @Test
  void aCallCountedByItsReservationIsCorrectedWhereItIsRecordedUnlessAFallbackAnswered()
      throws Exception {
    ModelRatePermit counted = new ModelRatePermit(java.time.Instant.EPOCH, 2_500);
    chat.budget.counts = counted;
    models.script.add(ChatServiceTest.calls("view_cart", Map.of()));
    // The routed model failed and the offline assistant answered the second call.
    models.script.add(
        new ModelReply(
            "Your cart is empty.", List.of(), null, ModelPriceTable.OFFLINE_MODEL, null));

    chat.send("show my cart");

    // The first call's count goes with its record; the second keeps its estimate.
    assertThat(chat.store.countsSettled).containsExactly(counted);
    assertThat(chat.budget.settled).containsExactly("r1", "r2");
  }

  @Test
  void theRefusalIsInTheCustomersLanguage() {
    models.refuseFrom = 0;

    assertThatThrownBy(() -> chat.send("tolong carikan mouse wireless dong"))
        .isInstanceOfSatisfying(
            ChatCapacityExceededException.class,
            e -> assertThat(e.reply()).startsWith("Maaf, asisten sedang sangat sibuk"));
  }

  /** Answers from a script until told to refuse as the global model limit would. */
  private static final class LimitedModels extends AssistantModels {
    final Deque<ModelReply> script = new ArrayDeque<>();
    final List<ModelRequest> requests = new ArrayList<>();
    int refuseFrom = Integer.MAX_VALUE;

    @Override
    public ModelReply answer(
        ModelRequest request, Consumer<String> deltas, ModelRatePermit counted) {
      if (requests.size() >= refuseFrom) {
        throw new ModelCapacityExceededException(ModelRateOutcome.REQUESTS, 17);
      }
      requests.add(request);
      return script.removeFirst();
    }
  }
}
