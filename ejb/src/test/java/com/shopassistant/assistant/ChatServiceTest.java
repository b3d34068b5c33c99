package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.model.ModelUsage;
import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.assistant.tool.ToolContext;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolRegistry;
import com.shopassistant.assistant.tool.ToolResult;
import com.shopassistant.usage.TokenCounts;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatServiceTest {

  private static final String CONVERSATION = "7f0c1a52-1111-4e6b-9d0e-2b5f3c4d5e6f";
  private static final PendingAction CHECKOUT =
      new PendingAction(
          "tok-1",
          "CHECKOUT",
          "Order of 2 items, 120.00 USD",
          OffsetDateTime.now().plusMinutes(10));

  final ScriptedModels models = new ScriptedModels();
  final RecordingTools tools = new RecordingTools();
  final List<TokenCounts> ledgerRows = new ArrayList<>();
  final ScriptedBudget budget = new ScriptedBudget();
  final MemoryConversationStore store =
      new MemoryConversationStore(CONVERSATION, budget, ledgerRows);
  final ChatService chat = new ChatService();
  final List<String> foldsAhead = new ArrayList<>();
  final List<List<StoredMessage>> unsummarisedAfterTurns = new ArrayList<>();

  @BeforeEach
  void wire() {
    chat.store = store;
    chat.models = models;
    chat.tools = tools;
    chat.router = new ModelRouter("flash", "pro", List.of("compare"), 10);
    chat.metrics = new AssistantMetrics();
    chat.budget = budget;
    chat.folds =
        new HistoryFolds() {
          @Override
          public void ahead(long customerId, String id, List<StoredMessage> unsummarised) {
            foldsAhead.add(id);
            unsummarisedAfterTurns.add(unsummarised);
          }
        };
    chat.summariser =
        new HistorySummariser() {
          @Override
          public String fold(ConversationState state, List<ModelMessage> folded) {
            return "summary of " + folded.size();
          }
        };
    chat.maxModelCalls = 3;
    chat.toolSelection = "intent";
    chat.historyWindow = new HistoryWindow(10, 4000);
  }

  ChatAnswer send(String message) throws Exception {
    return chat.chat(new ChatCommand(42, null, message, null), ChatListener.NONE);
  }

  @Test
  void toolCallsRunAndTheirResultsGoBackToTheModel() throws Exception {
    models.script.add(calls("search_products", Map.of("query", "headphones")));
    models.script.add(text("Two headphones found."));

    ChatAnswer answer = send("find headphones");

    assertThat(answer.reply()).isEqualTo("Two headphones found.");
    assertThat(answer.toolCalls())
        .extracting(ToolCallView::name)
        .containsExactly("search_products");
    assertThat(tools.ran).containsExactly("search_products");
    ModelRequest second = models.requests.get(1);
    assertThat(second.history())
        .extracting(ModelMessage::role)
        .containsExactly(ModelMessage.Role.USER, ModelMessage.Role.MODEL, ModelMessage.Role.TOOL);
    assertThat(second.history().get(2).response()).containsEntry("tool", "search_products");
    assertThat(store.roles).containsExactly("USER", "MODEL", "TOOL", "MODEL");
    assertThat(answer.usage().modelCalls()).isEqualTo(2);
    assertThat(answer.usage().input()).isEqualTo(200);
    assertThat(answer.usage().costUsd()).isEqualByComparingTo("0.002");
    assertThat(ledgerRows).hasSize(2);
    assertThat(second.systemPrompt()).isEqualTo(SystemPrompt.TEXT);
  }

  @Test
  void theCapStopsTheLoopWithoutRunningOrStoringTheLastCalls() throws Exception {
    for (int i = 0; i < 5; i++) {
      models.script.add(calls("view_cart", Map.of()));
    }

    ChatAnswer answer = send("loop forever");

    assertThat(answer.stoppedAtCap()).isTrue();
    assertThat(models.requests).hasSize(3);
    assertThat(tools.ran).hasSize(2);
    assertThat(answer.reply()).contains("3 model calls");
    // USER, then two MODEL+TOOL rounds, then the cap text: no call without its result
    assertThat(store.roles).containsExactly("USER", "MODEL", "TOOL", "MODEL", "TOOL", "MODEL");
    assertThat(ledgerRows).hasSize(3);
  }

  @Test
  void aQuoteLeavesAPendingConfirmationThatIsNotCommittedWithoutAYes() throws Exception {
    tools.pendingFrom = "quote_checkout";
    models.script.add(calls("quote_checkout", Map.of()));
    models.script.add(calls("confirm_checkout", Map.of("confirmation_token", "tok-1")));
    models.script.add(text("Shall I place it?"));

    ChatAnswer answer = send("check out");

    assertThat(answer.pendingConfirmation()).isEqualTo(CHECKOUT);
    assertThat(store.pending).isEqualTo(CHECKOUT);
    assertThat(tools.gateAnswers).containsExactly(false); // the model tried; the gate said no
  }

  @Test
  void aTypedYesOpensTheGateForThePendingTokenOnly() throws Exception {
    store.pending = CHECKOUT;
    models.script.add(calls("confirm_checkout", Map.of("confirmation_token", "other-token")));
    models.script.add(calls("confirm_checkout", Map.of("confirmation_token", "tok-1")));
    models.script.add(text("Order placed."));

    ChatAnswer answer = send("yes please");

    assertThat(tools.gateAnswers).containsExactly(false, true);
    assertThat(answer.pendingConfirmation()).isNull();
    assertThat(store.pending).isNull();
  }

  @Test
  void anythingButAYesKeepsTheGateClosed() throws Exception {
    store.pending = CHECKOUT;
    models.script.add(calls("confirm_checkout", Map.of("confirmation_token", "tok-1")));
    models.script.add(text("Please confirm first."));

    ChatAnswer answer = send("what is the shipping cost?");

    assertThat(tools.gateAnswers).containsExactly(false);
    assertThat(answer.pendingConfirmation()).isEqualTo(CHECKOUT);
  }

  @Test
  void theCardsConfirmButtonIsAYesForItsTokenWhateverTheText() throws Exception {
    store.pending = CHECKOUT;
    models.script.add(calls("confirm_checkout", Map.of("confirmation_token", "tok-1")));
    models.script.add(text("Done."));

    chat.chat(new ChatCommand(42, null, "Confirm the order", "tok-1"), ChatListener.NONE);

    assertThat(tools.gateAnswers).containsExactly(true);
  }

  @Test
  void aStaleCardTokenDoesNotConfirmTheCurrentQuote() throws Exception {
    store.pending = CHECKOUT;
    models.script.add(calls("confirm_checkout", Map.of("confirmation_token", "tok-1")));
    models.script.add(text("That quote changed."));

    chat.chat(new ChatCommand(42, null, "yes", "tok-0"), ChatListener.NONE);

    assertThat(tools.gateAnswers).containsExactly(false);
  }

  @Test
  void aNoDropsThePendingWrite() throws Exception {
    store.pending = CHECKOUT;
    models.script.add(text("Alright, nothing was ordered."));

    ChatAnswer answer = send("no, not now");

    assertThat(store.pending).isNull();
    assertThat(answer.pendingConfirmation()).isNull();
  }

  @Test
  void aTurnWhoseHistoryMustFoldFirstReservesItsFirstCallAfterTheFold() throws Exception {
    for (int i = 0; i < 6; i++) {
      store.messages.add(StoredMessage.of(2 * i + 1, ModelMessage.user("question " + i)));
      store.messages.add(
          StoredMessage.of(2 * i + 2, ModelMessage.model("answer " + i, List.of(), null)));
    }
    models.script.add(text("Hello."));

    send("hi");

    // 6 earlier turns and this one: the oldest two are folded before the call is reserved
    assertThat(store.writes).containsExactly("begin", "fold summary of 4 through 4", "answer");
    assertThat(budget.ownTransactions).isEqualTo(1);
    assertThat(models.requests.get(0).summary()).isEqualTo("summary of 4");
    assertThat(models.requests.get(0).history()).hasSize(9);
  }

  @Test
  void anAnsweredTurnStartsTheFoldAheadOfItsConversationWithTheMessagesItLeft() throws Exception {
    models.script.add(calls("view_cart", Map.of()));
    models.script.add(text("Your cart is empty."));

    send("show my cart");

    assertThat(foldsAhead).containsExactly(CONVERSATION);
    // as stored: the customer's message, the call, its result (in full), the answer
    assertThat(unsummarisedAfterTurns.get(0))
        .extracting(m -> m.seq() + " " + m.message().role())
        .containsExactly("1 USER", "2 MODEL", "3 TOOL", "4 MODEL");
    assertThat(unsummarisedAfterTurns.get(0).get(2).message().response())
        .containsEntry("tool", "view_cart");
  }

  @Test
  void compareQuestionsAreRoutedToPro() throws Exception {
    models.script.add(text("Here is a comparison."));

    send("compare the two");

    assertThat(models.requests.get(0).model()).isEqualTo("pro");
  }

  @Test
  void streamedTextReachesTheListener() throws Exception {
    models.script.add(text("Hello there"));
    List<String> deltas = new ArrayList<>();
    ChatListener listener =
        new ChatListener() {
          @Override
          public void text(String delta) {
            deltas.add(delta);
          }

          @Override
          public boolean streaming() {
            return true;
          }
        };

    chat.chat(new ChatCommand(42, null, "hi", null), listener);

    assertThat(String.join("", deltas)).isEqualTo("Hello there");
  }

  static ModelReply calls(String tool, Map<String, Object> args) {
    return new ModelReply(
        "", List.of(new FunctionCall(null, tool, args)), new ModelUsage(100, 10, 0), "flash", null);
  }

  static ModelReply text(String text) {
    return new ModelReply(text, List.of(), new ModelUsage(100, 20, 0), "flash", null);
  }

  /** Runs nothing real: records the calls and what the gate said to confirm tools. */
  static final class RecordingTools extends ToolRegistry {
    final List<String> ran = new ArrayList<>();
    final List<Boolean> gateAnswers = new ArrayList<>();
    String pendingFrom;

    @Override
    public List<ToolDeclaration> declarations() {
      return List.of();
    }

    @Override
    public ToolResult run(String name, Map<String, Object> args, ToolContext context) {
      ran.add(name);
      if (name.equals(pendingFrom)) {
        return ToolResult.pending(name, Map.of("confirmation_token", "tok-1"), "quoted", CHECKOUT);
      }
      if (name.startsWith("confirm_")) {
        boolean allowed = context.gate().mayCommit((String) args.get("confirmation_token"));
        gateAnswers.add(allowed);
        return allowed
            ? ToolResult.ok(name, Map.of("order_number", "#S00000001"), "placed")
            : ToolResult.error(name, "confirmation-required", "ask first");
      }
      return ToolResult.ok(name, Map.of("tool", name), "ran " + name);
    }
  }
}
