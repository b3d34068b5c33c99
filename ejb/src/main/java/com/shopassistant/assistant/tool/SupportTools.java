package com.shopassistant.assistant.tool;

import static com.shopassistant.assistant.tool.ToolParameter.Type.STRING;

import com.shopassistant.support.HandoverService;
import com.shopassistant.support.HandoverTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Help beyond the store's data: exact arithmetic ({@link Calculator}, so the model never adds up
 * prices in its head) and handing the conversation to a human agent ({@link HandoverService}).
 */
@ApplicationScoped
public class SupportTools implements ToolSet {

  /** The longest summary the model may write; longer ones are cut, not refused. */
  static final int MAX_SUMMARY = 2000;

  @Inject HandoverService handovers;

  /** For CDI. */
  protected SupportTools() {}

  SupportTools(HandoverService handovers) {
    this.handovers = handovers;
  }

  @Override
  public List<ShopTool> tools() {
    return List.of(
        AdapterTool.reading(
            new ToolDeclaration(
                "calculate",
                "Exact arithmetic: numbers, + - * / and parentheses.",
                List.of(ToolParameter.required("expression", STRING, ""))),
            (a, c) -> calculate(a)),
        AdapterTool.writing(
            new ToolDeclaration(
                "transfer_to_human_agents",
                "Hand over to a human agent when asked, or when the tools cannot help.",
                List.of(ToolParameter.required("summary", STRING, "the issue"))),
            this::transfer));
  }

  private static ToolResult calculate(ToolArguments arguments) throws ToolArgumentException {
    String expression = Args.text(arguments, "expression", Calculator.MAX_LENGTH);
    BigDecimal result = Calculator.evaluate(expression);
    return ToolResult.ok(
        "calculate", Map.of("result", result.toPlainString()), "= " + result.toPlainString());
  }

  private ToolResult transfer(ToolArguments arguments, ToolContext context)
      throws ToolArgumentException {
    String summary = ToolResultCompressor.shorten(arguments.text("summary"), MAX_SUMMARY);
    HandoverTicket ticket =
        handovers.request(context.customerId(), context.conversationId(), summary);
    Map<String, Object> data =
        Fields.of()
            .put("transferred", true)
            .put("reference", ticket.reference())
            .flag("already_open", !ticket.opened())
            .map();
    return ToolResult.ok(
        "transfer_to_human_agents", data, "Handed to a human agent: " + ticket.reference());
  }
}
