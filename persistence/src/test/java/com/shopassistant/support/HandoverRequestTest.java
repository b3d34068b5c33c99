package com.shopassistant.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HandoverRequestTest {

  private static final String CONVERSATION = "3f2c8a9e-0000-4000-8000-000000000001";

  @Test
  void aNewRequestIsOpenWithItsSummaryStripped() {
    HandoverRequest request =
        new HandoverRequest("HO-7K2M9QXA", 42L, CONVERSATION, "  Late order ");

    assertThat(request.getStatus()).isEqualTo(HandoverStatus.OPEN);
    assertThat(request.getSummary()).isEqualTo("Late order");
    assertThat(request.getCustomerId()).isEqualTo(42L);
    assertThat(request.getConversationId()).isEqualTo(CONVERSATION);
    assertThat(request.getCreatedAt()).isNotNull();
  }

  @Test
  void closingIsFinalAndRepeatable() {
    HandoverRequest request = new HandoverRequest("HO-7K2M9QXA", 42L, CONVERSATION, "x");

    request.close();
    request.close();

    assertThat(request.getStatus()).isEqualTo(HandoverStatus.CLOSED);
  }

  @Test
  void aBlankSummaryOrATooLongOneIsRefused() {
    assertThatThrownBy(() -> new HandoverRequest("HO-1", 1L, CONVERSATION, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary");
    assertThatThrownBy(() -> new HandoverRequest("HO-1", 1L, CONVERSATION, "x".repeat(2001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 2000");
  }

  @Test
  void aReferenceIsUpperCaseLettersDigitsAndDashes() {
    assertThatThrownBy(() -> new HandoverRequest("ho 1<script>", 1L, CONVERSATION, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HandoverRequest("HO-1", 1L, "c".repeat(37), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conversation id");
  }
}
