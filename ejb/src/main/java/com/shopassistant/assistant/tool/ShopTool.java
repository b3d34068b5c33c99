package com.shopassistant.assistant.tool;

/**
 * One function the model may call. Implementations adapt one commerce operation: they read their
 * arguments from {@link ToolArguments}, act as {@link ToolContext#customerId()} (never a customer
 * named by the model), and answer a compact {@link ToolResult}. They never throw for a refusal of
 * the store's rules: that is an error result the model can explain.
 */
public interface ShopTool {

  ToolDeclaration declaration();

  /** Whether the tool changes state; read-only tools may be retried and run by the offline path. */
  default boolean writes() {
    return false;
  }

  ToolResult run(ToolArguments arguments, ToolContext context) throws ToolArgumentException;

  default String name() {
    return declaration().name();
  }
}
