package com.shopassistant.it.eval;

import com.shopassistant.it.gemini.GeminiFake;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a list of τ²-bench retail actions ({@code {name, arguments}} with τ²'s tool names)
 * through our assistant: signed in as the list's user, each action is one chat turn in which the
 * Gemini fake calls our tools for it ({@link Tau2ToolMap}); a write's quote is followed by the
 * customer's "yes" and the fake's {@code confirm_order_change} with the pending token, so the
 * server's confirmation gate decides as it does for any customer. The store can then be exported
 * back to τ²'s {@code db.json} ({@link EvalClient#exportStore}) and compared with τ²'s expectation.
 */
public final class Tau2Replay {

  /** One τ²-bench action. */
  public record Action(String name, JsonObject arguments) {}

  static final String DONE = "Done.";

  private Tau2Replay() {}

  /**
   * The actions of a file: τ²'s list itself, or {@code {"user_id": ..., "actions": [...]}} (a
   * task's {@code evaluation_criteria} works too); other fields of an action are ignored.
   */
  public static List<Action> actions(JsonValue file) {
    JsonArray list =
        switch (file.getValueType()) {
          case ARRAY -> file.asJsonArray();
          case OBJECT ->
              file.asJsonObject().containsKey("actions")
                  ? file.asJsonObject().getJsonArray("actions")
                  : file.asJsonObject()
                      .getJsonObject("evaluation_criteria")
                      .getJsonArray("actions");
          default -> throw new IllegalArgumentException("an action list is an array or an object");
        };
    return list.getValuesAs(JsonObject.class).stream()
        .map(
            a ->
                new Action(
                    a.getString("name"),
                    a.containsKey("arguments")
                        ? a.getJsonObject("arguments")
                        : JsonValue.EMPTY_JSON_OBJECT))
        .toList();
  }

  /**
   * Whose actions these are: the file's {@code user_id}, else the first action naming a user, an
   * e-mail, a name and zip, or an order (looked up in the store).
   */
  public static String user(JsonValue file, List<Action> actions, Connection db)
      throws SQLException {
    if (file instanceof JsonObject object && object.get("user_id") instanceof JsonString id) {
      return id.getString();
    }
    for (Action action : actions) {
      JsonObject a = action.arguments();
      if (a.containsKey("user_id")) {
        return a.getString("user_id");
      }
      if (action.name().equals("find_user_id_by_email")) {
        return Tau2Users.byEmail(db, a.getString("email"));
      }
      if (action.name().equals("find_user_id_by_name_zip")) {
        return Tau2Users.byNameZip(
            db, a.getString("first_name"), a.getString("last_name"), a.getString("zip"));
      }
      if (a.containsKey("order_id")) {
        return Tau2Users.byOrder(db, a.getString("order_id"));
      }
    }
    throw new IllegalArgumentException("the actions name no user, e-mail, name and zip, or order");
  }

  /** The actions as a scripted session: a turn each, and a "yes" turn after every write. */
  static SessionScript script(List<Action> actions) {
    List<SessionScript.Turn> turns = new ArrayList<>();
    for (Action action : actions) {
      if (Tau2ToolMap.IDENTIFICATION.contains(action.name())) {
        continue;
      }
      JsonArray calls = Tau2ToolMap.calls(action.name(), action.arguments());
      turns.add(
          new SessionScript.Turn(
              Tau2ToolMap.message(action.name(), action.arguments()),
              List.of(Json.createObjectBuilder().add("functionCalls", calls).build(), text()),
              calls.getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList()));
      if (Tau2ToolMap.WRITES.contains(action.name())) {
        JsonObject confirm =
            Json.createObjectBuilder()
                .add(
                    "functionCalls",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "confirm_order_change")
                                .add(
                                    "args",
                                    Json.createObjectBuilder()
                                        .add("confirmation_token", Templates.PENDING_TOKEN))))
                .build();
        turns.add(
            new SessionScript.Turn(
                "yes", List.of(confirm, text()), List.of("confirm_order_change")));
      }
    }
    return new SessionScript("tau2-replay", "replay", "en", turns, JsonValue.EMPTY_JSON_OBJECT);
  }

  /** Signs in as {@code user} and plays the actions; the result lists every tool run. */
  public static SessionResult replay(
      String url, GeminiFake fake, Connection db, String user, List<Action> actions)
      throws Exception {
    EvalClient customer = Tau2Users.signIn(url, db, user);
    return new SessionPlayer(url, fake).play(script(actions), customer);
  }

  private static JsonObject text() {
    return Json.createObjectBuilder().add("text", DONE).build();
  }
}
