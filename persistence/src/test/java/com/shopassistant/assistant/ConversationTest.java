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
}
