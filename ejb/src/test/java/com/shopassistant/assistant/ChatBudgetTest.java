package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelUsage;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.usage.BudgetPeriod;
import com.shopassistant.usage.TokenBudgetExceededException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The turn loop against the tier budget: reserve before each call, settle, refuse politely. */
class ChatBudgetTest {

  private static final OffsetDateTime JAKARTA_MIDNIGHT =
      OffsetDateTime.of(2026, 11, 28, 17, 0, 0, 0, ZoneOffset.UTC);

  private final ChatServiceTest chat = new ChatServiceTest();

  @BeforeEach
  void wire() {
    chat.wire();
  }

  @Test
  void everyModelCallReservesFirstAndSettlesInItsLedgerWrite() throws Exception {
    chat.models.script.add(ChatServiceTest.calls("search_products", Map.of("query", "mouse")));
    chat.models.script.add(ChatServiceTest.text("Found one."));

    chat.send("find a mouse");

    assertThat(chat.budget.reserved).containsExactly("r1", "r2");
    assertThat(chat.budget.settled).containsExactly("r1", "r2");
    assertThat(chat.budget.released).isEmpty();
    // the second call carries the tool result, so it is estimated larger
    assertThat(chat.budget.promptTokens.get(1)).isGreaterThan(chat.budget.promptTokens.get(0));
  }

  @Test
  void aToolStepIsStoredWithTheNextReservationAndTheAnswerWithTheBudgetRead() throws Exception {
    chat.models.script.add(
        new ModelReply(
            "",
            List.of(
                new FunctionCall(null, "check_stock", Map.of("item_code", "A")),
                new FunctionCall(null, "check_stock", Map.of("item_code", "B"))),
            new ModelUsage(100, 10, 0),
            "flash",
            null));
    chat.models.script.add(ChatServiceTest.text("Both are in stock."));

    chat.send("are A and B in stock?");

    // the message with the first reservation, then one write per model call: the step (call,
    // message, both results, the next reservation) and the answer (call, message, budget)
    assertThat(chat.store.writes).containsExactly("begin", "step", "answer");
    assertThat(chat.budget.ownTransactions).isZero();
    assertThat(chat.budget.reserved).containsExactly("r1", "r2");
    assertThat(chat.store.roles).containsExactly("USER", "MODEL", "TOOL", "TOOL", "MODEL");
    assertThat(chat.budget.statusReads).isEqualTo(1);
  }

  @Test
  void aTurnRefusedBeforeItsFirstCallNeverReachesTheModelAndStoresAPoliteAnswer() {
    chat.budget.grantBeforeRefusing = 0;
    chat.budget.refusals.add(refusal(CustomerTier.GUEST));

    assertThatThrownBy(() -> chat.send("find a mouse"))
        .isInstanceOfSatisfying(
            ChatBudgetExceededException.class,
            e -> {
              assertThat(e.refusal().reason()).isEqualTo("daily_limit_exceeded");
              assertThat(e.reply()).contains("Sign up").contains("00:00 (Asia/Jakarta)");
            });
    assertThat(chat.models.requests).isEmpty();
    assertThat(chat.store.roles).containsExactly("USER", "MODEL");
    assertThat(chat.ledgerRows).isEmpty();
    assertThat(chat.foldsAhead).as("no summary call for a customer out of budget").isEmpty();
  }

  @Test
  void aRefusalAfterAToolCallEndsTheTurnWithTheRefusalAndKeepsTheToolsWork() throws Exception {
    chat.budget.grantBeforeRefusing = 1;
    chat.budget.refusals.add(refusal(CustomerTier.FREE));
    chat.models.script.add(ChatServiceTest.calls("view_cart", Map.of()));

    ChatAnswer answer = chat.send("show my cart");

    assertThat(answer.budgetRefusal()).isEqualTo("daily_limit_exceeded");
    assertThat(answer.reply()).contains("Upgrade to Premium");
    assertThat(chat.models.requests).hasSize(1);
    assertThat(chat.tools.ran).containsExactly("view_cart");
    assertThat(chat.store.roles).containsExactly("USER", "MODEL", "TOOL", "MODEL");
    assertThat(chat.ledgerRows).hasSize(1);
  }

  @Test
  void theRefusalIsInTheCustomersLanguage() {
    chat.budget.grantBeforeRefusing = 0;
    chat.budget.refusals.add(refusal(CustomerTier.PREMIUM));

    assertThatThrownBy(() -> chat.send("tolong carikan mouse wireless dong"))
        .isInstanceOfSatisfying(
            ChatBudgetExceededException.class,
            e -> assertThat(e.reply()).startsWith("Batas harian").contains("diatur ulang"));
  }

  private static TokenBudgetExceededException refusal(CustomerTier tier) {
    return new TokenBudgetExceededException(BudgetPeriod.DAY, tier, 10_000, 120, JAKARTA_MIDNIGHT);
  }
}
