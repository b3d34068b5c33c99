package com.shopassistant.it.eval;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one scripted session measured. Tokens are the chat answers' {@code usage}, i.e. the Gemini
 * fake's {@code usageMetadata} summed over the session's chat calls; input includes cached.
 *
 * @param failures the checks that did not hold (expected tools, final state), empty when all did
 * @param latencyMillis each turn's end-to-end time at the client
 * @param tools every tool the server ran, in order, with its outcome
 * @param metered what the ledger holds for the session's customer: the chat calls and the history
 *     summaries the server made in the background
 */
public record SessionResult(
    String name,
    String type,
    String language,
    int turns,
    int modelCalls,
    int toolCalls,
    long input,
    long output,
    long cached,
    BigDecimal costUsd,
    List<Double> latencyMillis,
    List<ToolRun> tools,
    Metered metered,
    List<String> failures) {

  public long total() {
    return input + output;
  }

  /** The session as a file names it: {@code full-purchase (id)}. */
  public String label() {
    return name + " (" + language + ")";
  }

  public double latencyTotalMillis() {
    return latencyMillis.stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The slowest turn. */
  public double latencyMaxMillis() {
    return latencyMillis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** The median turn. */
  public double latencyMedianMillis() {
    double[] sorted = latencyMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
  }
}
