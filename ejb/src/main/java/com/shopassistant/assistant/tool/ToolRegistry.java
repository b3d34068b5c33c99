package com.shopassistant.assistant.tool;

import com.shopassistant.usage.TokenEstimate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Every tool the model may call, collected from the {@link ToolSet} beans. Names must be unique
 * snake_case: a clash fails the application's start ({@link ToolRegistryStartup}), not some chat
 * turn later. Declarations come in name order, so the prompt (and its context cache) is the same on
 * every instance.
 *
 * <p>{@link #run} never throws: an unknown name, a bad argument, a refusal of the store's rules and
 * an unexpected failure are all error results the model can read ({@link ToolErrors}). Each result
 * is compressed ({@link ToolResultCompressor}) and counted in MicroProfile Metrics with what it
 * costs in tokens ({@link ToolCallMetrics}). Failures are logged with the tool's name and an
 * incident id, never with the arguments or exception messages, which may hold personal data.
 */
@ApplicationScoped
public class ToolRegistry {

  private static final Logger LOG = Logger.getLogger(ToolRegistry.class.getName());
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  @Inject @Any Instance<ToolSet> toolSets;

  @Inject Instance<MetricRegistry> metricRegistry;

  private Map<String, ShopTool> tools;
  private List<ToolDeclaration> declarations;
  private ToolCallMetrics metrics;

  /** For CDI. */
  protected ToolRegistry() {}

  /** A registry of these sets, for tests; {@code metrics} may be null. */
  ToolRegistry(List<ToolSet> sets, MetricRegistry metrics) {
    index(sets);
    this.metrics = new ToolCallMetrics(metrics);
  }

  @PostConstruct
  void start() {
    index(toolSets);
    metrics =
        new ToolCallMetrics(
            metricRegistry != null && metricRegistry.isResolvable() ? metricRegistry.get() : null);
  }

  /** Every declaration, by name. */
  public List<ToolDeclaration> declarations() {
    return declarations;
  }

  public Optional<ShopTool> find(String name) {
    return Optional.ofNullable(name == null ? null : tools.get(name));
  }

  /**
   * Runs the tool {@code name} with the model's {@code arguments} for the caller of {@code
   * context}; never throws.
   */
  public ToolResult run(String name, Map<String, Object> arguments, ToolContext context) {
    ShopTool tool = name == null ? null : tools.get(name);
    ToolResult result =
        tool == null ? unknown(name) : compressed(attempt(tool, arguments, context));
    metrics.record(tool == null ? "unknown" : name, outcome(result), resultTokens(result));
    return result;
  }

  /** What a result costs the model in tokens: the estimate of its JSON. */
  public static int resultTokens(ToolResult result) {
    return TokenEstimate.of(ToolJson.write(result.data()));
  }

  private ToolResult attempt(ShopTool tool, Map<String, Object> arguments, ToolContext context) {
    String name = tool.name();
    try {
      ToolResult result = tool.run(new ToolArguments(arguments), context);
      return result == null ? failed(name, new IllegalStateException("no result")) : result;
    } catch (ToolArgumentException e) {
      return ToolResult.error(name, ToolErrors.INVALID_ARGUMENT, e.getMessage());
    } catch (Exception e) {
      return ToolErrors.refusal(name, e).orElseGet(() -> failed(name, e));
    }
  }

  private static ToolResult failed(String tool, Exception failure) {
    String incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    LOG.log(
        Level.WARNING,
        "Assistant tool {0} failed (incident {1}): {2}",
        new Object[] {tool, incident, Incidents.describe(failure)});
    return ToolResult.error(
        tool,
        ToolErrors.TOOL_FAILED,
        "The store could not complete this just now (incident "
            + incident
            + "). Try again in a moment, or offer to transfer the customer to a human agent.");
  }

  private static ToolResult unknown(String name) {
    String shown = name == null ? "" : ToolResultCompressor.shorten(name, 64);
    return ToolResult.error(
        shown.isEmpty() ? "unknown" : shown,
        ToolErrors.UNKNOWN_TOOL,
        "There is no tool named '" + shown + "'; call one of the declared tools.");
  }

  private static ToolResult compressed(ToolResult result) {
    return new ToolResult(
        result.tool(),
        result.ok(),
        ToolResultCompressor.compress(result.data()),
        result.summary(),
        result.pending());
  }

  /** The outcome tag: ok, pending, or which kind of error. */
  static String outcome(ToolResult result) {
    if (result.ok()) {
      return result.pending() == null ? "ok" : "pending";
    }
    Object error = result.data().get("error");
    return error instanceof String slug
            && List.of(
                    ToolErrors.UNKNOWN_TOOL,
                    ToolErrors.INVALID_ARGUMENT,
                    ToolErrors.TOOL_FAILED,
                    ToolErrors.CONFIRMATION_REQUIRED)
                .contains(slug)
        ? slug
        : "refused";
  }

  private void index(Iterable<ToolSet> sets) {
    Map<String, ShopTool> byName = new TreeMap<>();
    for (ToolSet set : sets) {
      for (ShopTool tool : set.tools()) {
        String name = tool.name();
        if (!NAME.matcher(name).matches()) {
          throw new IllegalStateException("assistant tool name is not snake_case: " + name);
        }
        if (byName.putIfAbsent(name, tool) != null) {
          throw new IllegalStateException("two assistant tools are named " + name);
        }
      }
    }
    List<ToolDeclaration> all = new ArrayList<>();
    byName.values().forEach(tool -> all.add(tool.declaration()));
    this.tools = Map.copyOf(byName);
    this.declarations = List.copyOf(all);
  }
}
