package com.shopassistant.it.gemini;

import java.util.Map;
import java.util.Objects;

/**
 * A function call the fake answers with.
 *
 * @param id the call id, or null: Gemini's Developer API usually sends none
 * @param name the tool's name
 * @param args the arguments (JSON values: strings, numbers, booleans, lists, maps)
 */
public record FakeCall(String id, String name, Map<String, Object> args) {

  public FakeCall {
    Objects.requireNonNull(name, "name");
    args = args == null ? Map.of() : Map.copyOf(args);
  }

  public static FakeCall of(String name, Map<String, Object> args) {
    return new FakeCall(null, name, args);
  }
}
