package com.shopassistant.assistant.tool;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The registry's MicroProfile Metrics: every call counted by tool and outcome ({@code
 * assistant_tool_calls_total{tool,outcome}} in Prometheus text), and what each result costs in
 * tokens ({@code assistant_tool_result_tokens{tool}}), so a tool whose answers grow shows up before
 * the bill does. Tags take only declared tool names (unknown ones count as {@code unknown}) and the
 * fixed outcomes, never anything the model or the customer wrote.
 */
final class ToolCallMetrics {

  static final String CALLS = "assistant.tool.calls";
  static final String RESULT_TOKENS = "assistant.tool.result.tokens";

  private static final Metadata CALLS_METADATA =
      Metadata.builder()
          .withName(CALLS)
          .withDescription("Assistant tool calls by tool and outcome")
          .build();
  private static final Metadata TOKENS_METADATA =
      Metadata.builder()
          .withName(RESULT_TOKENS)
          .withDescription("Estimated tokens of each tool result sent back to the model")
          .build();

  /** Null when no metrics runtime is there (unit tests): nothing is recorded. */
  private final MetricRegistry registry;

  ToolCallMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  void record(String tool, String outcome, int resultTokens) {
    if (registry == null) {
      return;
    }
    registry.counter(CALLS_METADATA, new Tag("tool", tool), new Tag("outcome", outcome)).inc();
    registry.histogram(TOKENS_METADATA, new Tag("tool", tool)).update(resultTokens);
  }
}
