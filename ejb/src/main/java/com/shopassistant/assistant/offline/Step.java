package com.shopassistant.assistant.offline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the assistant does next in a turn: call one tool, or say the final text.
 *
 * @param tool the tool to call, or null for text
 * @param args the call's arguments (JSON values, never null ones)
 * @param text the reply, when not calling
 */
record Step(String tool, Map<String, Object> args, String text) {

  static Step call(String tool, Object... namesAndValues) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        args.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return new Step(tool, Collections.unmodifiableMap(args), null);
  }

  static Step say(String text) {
    return new Step(null, Map.of(), text);
  }

  boolean isCall() {
    return tool != null;
  }
}
