package com.shopassistant.assistant;

import com.shopassistant.assistant.model.FunctionCall;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for what the assistant stores: tool calls and tool results, which are plain maps, lists,
 * strings, numbers and booleans. One shared, thread-safe JSON-B instance.
 */
public final class AssistantJson {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Type MAP =
      new LinkedHashMap<String, Object>() {}.getClass().getGenericSuperclass();
  private static final Type LIST_OF_MAPS =
      new ArrayList<Map<String, Object>>() {}.getClass().getGenericSuperclass();

  private AssistantJson() {}

  public static String write(Object value) {
    if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof FunctionCall) {
      return JSONB.toJson(list.stream().map(c -> asMap((FunctionCall) c)).toList());
    }
    return JSONB.toJson(value);
  }

  public static Map<String, Object> readMap(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    return JSONB.fromJson(json, MAP);
  }

  public static List<FunctionCall> readCalls(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    List<Map<String, Object>> raw = JSONB.fromJson(json, LIST_OF_MAPS);
    List<FunctionCall> calls = new ArrayList<>();
    for (Map<String, Object> call : raw) {
      @SuppressWarnings("unchecked")
      Map<String, Object> args =
          call.get("args") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      Object id = call.get("id");
      calls.add(
          new FunctionCall(id == null ? null : id.toString(), (String) call.get("name"), args));
    }
    return calls;
  }

  private static Map<String, Object> asMap(FunctionCall call) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (call.id() != null) {
      map.put("id", call.id());
    }
    map.put("name", call.name());
    map.put("args", call.args());
    return map;
  }
}
