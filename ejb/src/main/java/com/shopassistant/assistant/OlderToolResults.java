package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tool results of earlier turns, shortened before they are sent again: the model needs them to
 * resolve "the second one" or "that order", not to reread every description. Lists keep their first
 * five entries (with how many more there were), texts their first 80 characters, and instructions
 * meant for the turn that produced them are dropped. The current turn's results go whole. Stored
 * messages are never changed.
 */
final class OlderToolResults {

  static final int MAX_ITEMS = 5;
  static final int MAX_TEXT = 80;
  private static final Set<String> DROPPED = Set.of("instruction", "description");

  private OlderToolResults() {}

  /** {@code history} with the TOOL results before its last USER message shortened. */
  static List<ModelMessage> shorten(List<ModelMessage> history) {
    int current = history.size();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).role() == ModelMessage.Role.USER) {
        current = i;
        break;
      }
    }
    List<ModelMessage> shortened = new ArrayList<>(history.size());
    for (int i = 0; i < history.size(); i++) {
      ModelMessage message = history.get(i);
      shortened.add(
          i < current && message.role() == ModelMessage.Role.TOOL
              ? ModelMessage.tool(message.toolName(), digest(message.response()))
              : message);
    }
    return shortened;
  }

  static Map<String, Object> digest(Map<String, Object> result) {
    Map<String, Object> digest = new LinkedHashMap<>();
    result.forEach(
        (key, value) -> {
          if (key.endsWith("token")) {
            digest.put(key, value); // a confirmation token is only useful whole
          } else if (!DROPPED.contains(key)) {
            digest.put(key, shorten(value));
          }
        });
    return digest;
  }

  @SuppressWarnings("unchecked")
  private static Object shorten(Object value) {
    if (value instanceof Map<?, ?> map) {
      return digest((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> kept = new ArrayList<>();
      for (Object element : list.subList(0, Math.min(MAX_ITEMS, list.size()))) {
        kept.add(shorten(element));
      }
      if (list.size() > MAX_ITEMS) {
        kept.add(Map.of("more", list.size() - MAX_ITEMS));
      }
      return kept;
    }
    if (value instanceof String text && text.length() > MAX_TEXT) {
      return text.substring(0, MAX_TEXT - 1) + "…";
    }
    return value;
  }
}
