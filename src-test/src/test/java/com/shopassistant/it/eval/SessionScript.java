package com.shopassistant.it.eval;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One scripted conversation, read from a JSON file (format in docs/evaluation.md): the customer's
 * messages, and for each the model's replies in order — function calls and texts in the Gemini
 * fake's reply format — plus what the turn must show and what must hold at the end.
 *
 * @param name the file's name without {@code .json}, e.g. {@code full-purchase}
 * @param type the session type its gate is for ({@code quick_query}, {@code product_search}, {@code
 *     full_purchase}, {@code complex_assistance})
 * @param language {@code en} or {@code id}
 * @param turns the customer's turns
 * @param finalState what must hold after the last turn: {@code orders} (how many the customer has),
 *     {@code cartItems} (units in the cart), {@code pending} (a confirmation still open)
 */
public record SessionScript(
    String name, String type, String language, List<Turn> turns, JsonObject finalState) {

  /**
   * @param user the customer's message
   * @param model the model's replies for this turn, in order; the first answers the message, each
   *     next one the tool results of the one before. {@code ${pending.token}} in any string is
   *     replaced by the confirmation token pending in the conversation when the turn starts
   * @param tools the tools that must run in this turn, in order (null: not checked)
   */
  public record Turn(String user, List<JsonObject> model, List<String> tools) {}

  public static SessionScript read(Path file) throws IOException {
    JsonObject json = EvalClient.json(Files.readString(file));
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    List<Turn> turns =
        json.getJsonArray("turns").getValuesAs(JsonObject.class).stream()
            .map(SessionScript::turn)
            .toList();
    return new SessionScript(
        name,
        json.getString("type"),
        json.getString("language", "en"),
        turns,
        json.containsKey("final") ? json.getJsonObject("final") : JsonValue.EMPTY_JSON_OBJECT);
  }

  private static Turn turn(JsonObject json) {
    List<JsonObject> model =
        json.containsKey("model")
            ? json.getJsonArray("model").getValuesAs(JsonObject.class)
            : List.of();
    List<String> tools =
        json.containsKey("tools")
            ? json.getJsonArray("tools").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()
            : null;
    return new Turn(json.getString("user"), model, tools);
  }

  /** Every {@code *.json} under {@code dir} and its sub-directories, by path. */
  public static List<SessionScript> readAll(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      List<Path> paths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      List<SessionScript> scripts = new java.util.ArrayList<>();
      for (Path path : paths) {
        scripts.add(read(path));
      }
      return scripts;
    }
  }
}
