package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryWindowTest {

  private final List<StoredMessage> messages = new ArrayList<>();

  private void say(ModelMessage message) {
    messages.add(StoredMessage.of(messages.size() + 1, message));
  }

  private void plainTurn(String question, String answer) {
    say(ModelMessage.user(question));
    say(ModelMessage.model(answer, List.of(), null));
  }

  private void toolTurn(String question) {
    say(ModelMessage.user(question));
    say(ModelMessage.model("", List.of(new FunctionCall(null, "view_cart", Map.of())), null));
    say(ModelMessage.tool("view_cart", Map.of("total", "10.00")));
    say(ModelMessage.model("Your cart holds 10.00", List.of(), null));
  }

  @Test
  void shortConversationsAreSentWhole() {
    plainTurn("hi", "hello");
    toolTurn("my cart?");

    HistoryWindow.Split split = new HistoryWindow(10, 4000).split(messages);

    assertThat(split.kept()).hasSize(6);
    assertThat(split.folded()).isEmpty();
    assertThat(split.foldThrough()).isZero();
  }

  @Test
  void atMostTenChatMessagesAreKeptAndToolExchangesRideAlong() {
    for (int i = 0; i < 6; i++) {
      toolTurn("cart " + i);
    }
    say(ModelMessage.user("and now?"));

    HistoryWindow.Split split = new HistoryWindow(10, 4000).split(messages);

    // the current message + 4 whole turns of 2 chat messages each = 9; a fifth would make 11
    long chat = split.kept().stream().filter(StoredMessage::chat).count();
    assertThat(chat).isEqualTo(9);
    assertThat(split.kept().get(0).message().role()).isEqualTo(ModelMessage.Role.USER);
    assertThat(split.folded()).hasSize(8);
    assertThat(split.foldThrough()).isEqualTo(8);
  }

  @Test
  void theTokenCapTrimsBeforeTheMessageCap() {
    String longText = "x".repeat(4 * 1500); // 1,500 tokens each
    plainTurn(longText, "ok");
    plainTurn(longText, "ok");
    plainTurn(longText, "ok");
    say(ModelMessage.user("short"));

    HistoryWindow.Split split = new HistoryWindow(10, 4000).split(messages);

    assertThat(split.kept()).hasSize(5); // two long turns (3,002 tokens) + the current message
    assertThat(split.foldThrough()).isEqualTo(2);
  }

  @Test
  void aheadOfTheNextTurnWhatAnyNextMessagePushesOutIsFolded() {
    for (int i = 1; i <= 4; i++) {
      plainTurn("question " + i, "answer " + i);
    }
    HistoryWindow window = new HistoryWindow(10, 4000);

    // four turns and the next message are 9 chat messages: nothing to fold yet
    assertThat(window.splitBeforeNextTurn(messages).folded()).isEmpty();

    plainTurn("question 5", "answer 5");
    HistoryWindow.Split ahead = window.splitBeforeNextTurn(messages);

    assertThat(ahead.foldThrough()).isEqualTo(2);
    assertThat(ahead.kept()).hasSize(8).extracting(StoredMessage::seq).startsWith(3).endsWith(10);
    // the next turn, whatever its message, folds this much at least: then nothing more
    say(ModelMessage.user("question 6"));
    assertThat(window.split(messages).foldThrough()).isEqualTo(ahead.foldThrough());
  }

  @Test
  void aLongNextMessageFoldsMoreThanTheFoldAhead() {
    for (int i = 1; i <= 5; i++) {
      plainTurn("question " + i, "answer " + i);
    }
    HistoryWindow window = new HistoryWindow(10, 4000);
    int ahead = window.splitBeforeNextTurn(messages).foldThrough();

    say(ModelMessage.user("z".repeat(4 * 3990)));

    assertThat(window.split(messages).foldThrough()).isGreaterThan(ahead);
  }

  @Test
  void theCurrentTurnIsKeptEvenWhenItAloneIsTooBig() {
    plainTurn("earlier", "answer");
    say(ModelMessage.user("y".repeat(40_000)));

    HistoryWindow.Split split = new HistoryWindow(10, 4000).split(messages);

    assertThat(split.kept()).hasSize(1);
    assertThat(split.folded()).hasSize(2);
  }

  @Test
  void aFunctionCallIsNeverSeparatedFromItsResult() {
    for (int i = 0; i < 8; i++) {
      toolTurn("turn " + i);
    }
    say(ModelMessage.user("now"));

    HistoryWindow.Split split = new HistoryWindow(3, 4000).split(messages);

    for (int i = 0; i < split.kept().size(); i++) {
      ModelMessage message = split.kept().get(i).message();
      if (!message.calls().isEmpty()) {
        assertThat(split.kept().get(i + 1).message().role()).isEqualTo(ModelMessage.Role.TOOL);
      }
      if (message.role() == ModelMessage.Role.TOOL) {
        assertThat(split.kept().get(i - 1).message().calls()).isNotEmpty();
      }
    }
    assertThat(split.kept().get(0).message().role()).isEqualTo(ModelMessage.Role.USER);
  }
}
