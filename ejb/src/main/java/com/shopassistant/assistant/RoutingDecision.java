package com.shopassistant.assistant;

/**
 * The model chosen for a turn and why.
 *
 * @param model the model name to call first
 * @param reason {@code default}, {@code trigger:<words>}, {@code compare-many} or {@code
 *     long-conversation}
 */
public record RoutingDecision(String model, String reason) {

  public boolean pro() {
    return !"default".equals(reason);
  }
}
