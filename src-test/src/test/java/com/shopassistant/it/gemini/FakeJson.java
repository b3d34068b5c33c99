package com.shopassistant.it.gemini;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The control API's JSON for replies, rules and faults (see docs/testing-with-the-gemini-fake.md):
 *
 * <pre>
 * reply:  {"text": "...", "functionCalls": [{"name": "...", "args": {...}, "id": "..."}],
 *          "error": 429, "errorMessage": "...", "delayMs": 200, "hang": true,
 *          "finishReason": "STOP", "blockReason": "SAFETY", "thoughtSignature": "..."}
 * rule:   {"when": {"lastUserTextContains": "...", "lastFunctionResponse": "tool", "model": "..."},
 *          "reply": {...}, "times": 1}
 * faults: {"rate": 0.3, "mix": {"429": 1, "500": 1, "503": 1, "hang": 1}, "seed": 42}
 * </pre>
 */
public final class FakeJson {

  private FakeJson() {}

  public static FakeReply reply(JsonObject json) {
    FakeReply reply;
    if (json.getBoolean("hang", false)) {
      reply = FakeReply.hang();
    } else if (json.containsKey("error")) {
      reply = FakeReply.error(json.getInt("error"), json.getString("errorMessage", null));
    } else if (json.containsKey("blockReason")) {
      reply = FakeReply.blocked(json.getString("blockReason"));
    } else {
      List<FakeCall> calls = new ArrayList<>();
      if (json.containsKey("functionCalls")) {
        for (JsonValue call : json.getJsonArray("functionCalls")) {
          JsonObject c = call.asJsonObject();
          calls.add(
              new FakeCall(
                  c.getString("id", null),
                  c.getString("name"),
                  c.containsKey("args") ? map(c.getJsonObject("args")) : Map.of()));
        }
      }
      reply = FakeReply.text(json.getString("text", "")).withCalls(calls);
    }
    if (json.containsKey("delayMs")) {
      reply = reply.after(Duration.ofMillis(json.getJsonNumber("delayMs").longValue()));
    }
    if (json.containsKey("finishReason")) {
      reply = reply.withFinishReason(json.getString("finishReason"));
    }
    if (json.containsKey("thoughtSignature")) {
      reply = reply.withThoughtSignature(json.getString("thoughtSignature"));
    }
    return reply;
  }

  static FakeRule rule(JsonObject json) {
    Predicate<RecordedRequest> condition = FakeMatch.anyRequest();
    JsonObject when =
        json.containsKey("when") ? json.getJsonObject("when") : JsonValue.EMPTY_JSON_OBJECT;
    if (when.containsKey("lastUserTextContains")) {
      condition =
          condition.and(FakeMatch.lastUserTextContains(when.getString("lastUserTextContains")));
    }
    if (when.containsKey("lastFunctionResponse")) {
      condition =
          condition.and(FakeMatch.lastFunctionResponseOf(when.getString("lastFunctionResponse")));
    }
    if (when.getBoolean("userJustWrote", false)) {
      condition = condition.and(FakeMatch.userJustWrote());
    }
    if (when.containsKey("model")) {
      condition = condition.and(FakeMatch.model(when.getString("model")));
    }
    FakeReply reply = reply(json.getJsonObject("reply"));
    return json.containsKey("times")
        ? FakeRule.when(condition, reply, json.getInt("times"))
        : FakeRule.when(condition, reply);
  }

  static FakeFaults faults(JsonObject json) {
    double rate = json.getJsonNumber("rate").doubleValue();
    long seed = json.containsKey("seed") ? json.getJsonNumber("seed").longValue() : 1L;
    if (!json.containsKey("mix")) {
      return FakeFaults.of(rate, seed);
    }
    Map<FakeReply, Integer> mix = new LinkedHashMap<>();
    json.getJsonObject("mix")
        .forEach((kind, weight) -> mix.put(faultReply(kind), ((JsonNumber) weight).intValue()));
    return FakeFaults.of(rate, mix, seed);
  }

  private static FakeReply faultReply(String kind) {
    return "hang".equals(kind) || "timeout".equals(kind)
        ? FakeReply.hang()
        : FakeReply.error(Integer.parseInt(kind));
  }

  /** A JSON object as plain Java values (String, Long/Double, Boolean, null, List, Map). */
  static Map<String, Object> map(JsonObject json) {
    Map<String, Object> map = new LinkedHashMap<>();
    json.forEach((key, value) -> map.put(key, plain(value)));
    return map;
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        yield number.isIntegral() ? (Object) number.longValue() : (Object) number.doubleValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case ARRAY -> value.asJsonArray().stream().map(FakeJson::plain).toList();
      case OBJECT -> map(value.asJsonObject());
    };
  }
}
