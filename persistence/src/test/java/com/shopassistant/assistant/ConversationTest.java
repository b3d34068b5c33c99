package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.customer.Customer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationTest {

  private final Customer owner = Customer.guest("guest-1");
  private final Conversation conversation = new Conversation(owner, null);

  @Test
  void idIsARandomUuidAssignedAtOnce() {
    assertThat(UUID.fromString(conversation.getId()).toString()).isEqualTo(conversation.getId());
    assertThat(new Conversation(owner, null).getId()).isNotEqualTo(conversation.getId());
  }

  @Test
  void messagesAreNumberedInOrderAndUserMessagesCountTurns() {
    conversation.append(MessageRole.USER, "hi", null);
    conversation.append(MessageRole.MODEL, "hello", null);
    conversation.append(MessageRole.TOOL, "{}", "find_user_id");
    conversation.append(MessageRole.USER, "thanks", null);

    assertThat(conversation.getMessages())
        .extracting(ChatMessage::getSeq)
        .containsExactly(1, 2, 3, 4);
    assertThat(conversation.getTurnCount()).isEqualTo(2);
  }

  @Test
  void toolMessagesMustNameTheirTool() {
    assertThatThrownBy(() -> conversation.append(MessageRole.TOOL, "{}", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TOOL message");
    assertThat(conversation.getMessages()).isEmpty();
  }

  @Test
  void contentMayBeEmptyButNotMissing() {
    conversation.append(MessageRole.MODEL, "", null);

    assertThatThrownBy(() -> conversation.append(MessageRole.USER, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(conversation.getTurnCount()).isZero();
  }

  @Test
  void recentMessagesAreTheLastOnesOldestFirst() {
    for (int i = 1; i <= 5; i++) {
      conversation.append(MessageRole.USER, "m" + i, null);
    }

    assertThat(conversation.recentMessages(2))
        .extracting(ChatMessage::getContent)
        .containsExactly("m4", "m5");
    assertThat(conversation.recentMessages(10)).hasSize(5);
  }

  @Test
  void belongsToItsCustomerOnly() {
    assertThat(conversation.belongsTo(owner)).isTrue();
    assertThat(conversation.belongsTo(Customer.guest("guest-2"))).isFalse();
    assertThat(conversation.belongsTo(null)).isFalse();
  }

  @Test
  void appendNextNumbersFromTheRowsLastMessageAndRecordsTheModelsOutput() {
    conversation.append(MessageRole.USER, "hi", null);
    ChatMessage user = conversation.appendNext(MessageRole.USER, "again", null, null);
    ChatMessage model =
        conversation.appendNext(
            MessageRole.MODEL,
            "",
            null,
            new ModelOutput("[{\"name\":\"view_cart\"}]", "{}", "flash"));

    assertThat(user.getSeq()).isEqualTo(2);
    assertThat(model.getSeq()).isEqualTo(3);
    assertThat(conversation.getLastSeq()).isEqualTo(3);
    assertThat(model.getCallsJson()).contains("view_cart");
    assertThat(model.getModel()).isEqualTo("flash");
    assertThat(conversation.getTurnCount()).isEqualTo(2);
  }

  @Test
  void aRefusedAppendTakesNoNumber() {
    conversation.append(MessageRole.USER, "hi", null);

    assertThatThrownBy(
            () ->
                conversation.appendNext(
                    MessageRole.USER, "x", null, new ModelOutput(null, null, "flash")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> conversation.appendNext(MessageRole.TOOL, "{}", null, null))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(conversation.getLastSeq()).isEqualTo(1);
    assertThat(conversation.appendNext(MessageRole.MODEL, "ok", null, null).getSeq()).isEqualTo(2);
  }

  @Test
  void aPendingConfirmationMatchesItsOwnTokenUntilItExpires() {
    java.time.OffsetDateTime now = java.time.OffsetDateTime.parse("2026-11-28T10:00:00Z");
    conversation.awaitConfirmation("tok", "CHECKOUT", "Order of 2 items", now.plusMinutes(15));

    assertThat(conversation.isPending("tok", now)).isTrue();
    assertThat(conversation.isPending("other", now)).isFalse();
    assertThat(conversation.isPending("tok", now.plusMinutes(15))).isFalse();

    conversation.clearPendingConfirmation();

    assertThat(conversation.isPending("tok", now)).isFalse();
    assertThat(conversation.getPendingAction()).isNull();
  }

  @Test
  void foldingNeverMovesBackwards() {
    conversation.foldInto("first", 4);
    conversation.foldInto("second", 9);

    assertThat(conversation.getSummary()).isEqualTo("second");
    assertThat(conversation.getSummarisedThrough()).isEqualTo(9);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> conversation.foldInto("old", 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
