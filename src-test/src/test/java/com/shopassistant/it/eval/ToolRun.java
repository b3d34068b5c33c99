package com.shopassistant.it.eval;

import jakarta.json.JsonObject;

/** One tool the server ran in a turn, as the chat answer lists it. */
public record ToolRun(String name, boolean ok, String summary) {

  static ToolRun of(JsonObject call) {
    return new ToolRun(
        call.getString("name"), call.getBoolean("ok", false), call.getString("summary", ""));
  }
}
