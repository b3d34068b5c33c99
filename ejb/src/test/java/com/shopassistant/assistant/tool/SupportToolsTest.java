package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.shopassistant.support.HandoverTicket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SupportToolsTest {

  private final Tools tools = new Tools();

  @Test
  void calculateAnswersTheExactResult() {
    ToolResult result = tools.run("calculate", Map.of("expression", "(19.99 + 5.01) * 2 - 0.5"));

    assertThat(result.data()).isEqualTo(Map.of("result", "49.5"));
  }

  @Test
  void calculateRefusesADivisionByZero() {
    assertThat(tools.run("calculate", Map.of("expression", "1/0")).data())
        .isEqualTo(Map.of("error", "invalid-argument", "detail", "expression divides by zero"));
  }

  @Test
  void calculateNeverRunsScript() {
    assertThat(tools.run("calculate", Map.of("expression", "Runtime.exec('rm')")).data())
        .containsEntry("error", "invalid-argument");
  }

  @Test
  void transferOpensAHandoverForThisConversationAndCustomer() {
    when(tools.handovers.request(anyLong(), anyString(), anyString()))
        .thenReturn(new HandoverTicket("HO-7K2M9QXA", true));

    ToolResult result =
        tools.run("transfer_to_human_agents", Map.of("summary", "Wants a refund for a late order"));

    verify(tools.handovers)
        .request(Tools.CUSTOMER, Tools.CONVERSATION, "Wants a refund for a late order");
    assertThat(result.data()).isEqualTo(Map.of("transferred", true, "reference", "HO-7K2M9QXA"));
    assertThat(tools.registry().find("transfer_to_human_agents").orElseThrow().writes()).isTrue();
  }

  @Test
  void aSecondTransferSaysTheRequestWasAlreadyOpen() {
    when(tools.handovers.request(anyLong(), anyString(), anyString()))
        .thenReturn(new HandoverTicket("HO-7K2M9QXA", false));

    assertThat(tools.run("transfer_to_human_agents", Map.of("summary", "again")).data())
        .containsEntry("already_open", true)
        .containsEntry("reference", "HO-7K2M9QXA");
  }

  @Test
  void aVeryLongSummaryIsCutNotRefused() {
    when(tools.handovers.request(anyLong(), anyString(), anyString()))
        .thenReturn(new HandoverTicket("HO-7K2M9QXA", true));

    tools.run("transfer_to_human_agents", Map.of("summary", "word ".repeat(1000)));

    ArgumentCaptor<String> summary = ArgumentCaptor.forClass(String.class);
    verify(tools.handovers).request(eq(Tools.CUSTOMER), eq(Tools.CONVERSATION), summary.capture());
    assertThat(summary.getValue()).hasSizeLessThanOrEqualTo(SupportTools.MAX_SUMMARY);
  }

  @Test
  void transferWithoutASummaryIsAnArgumentError() {
    assertThat(tools.run("transfer_to_human_agents", Map.of()).data())
        .containsEntry("detail", "summary is required");
    verifyNoInteractions(tools.handovers);
  }
}
