package com.shopassistant.assistant.model;

import java.util.List;
import java.util.Objects;

/**
 * A model's answer to one call: text, function calls, or both.
 *
 * @param text the text parts joined (empty when the model only calls tools)
 * @param calls the function calls, in order
 * @param usage tokens as reported by the model (zero for the offline assistant)
 * @param model the model that actually answered (after any fallback), e.g. "offline"
 * @param vendorJson the model's content JSON to store and send back unchanged, or null
 */
public record ModelReply(
    String text, List<FunctionCall> calls, ModelUsage usage, String model, String vendorJson) {

  public ModelReply {
    text = text == null ? "" : text;
    calls = calls == null ? List.of() : List.copyOf(calls);
    usage = usage == null ? ModelUsage.NONE : usage;
    Objects.requireNonNull(model, "model");
  }

  public boolean callsTools() {
    return !calls.isEmpty();
  }

  public ModelMessage asMessage() {
    return ModelMessage.model(text, calls, vendorJson);
  }
}
