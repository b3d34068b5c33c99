package com.shopassistant.it.eval;

import com.shopassistant.it.gemini.GeminiFake;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay command (src-test/scripts/tau2-replay.sh): against a running server whose {@code
 * GEMINI_BASE_URL} is this program's fake and whose database it can reach, optionally imports a
 * {@code db.json}, replays one action file as its user and writes the exported store. Exit 1 when a
 * tool refused or an action could not be run as written.
 *
 * <pre>
 * --url URL --admin-password PW --actions FILE
 * [--import DB_JSON] [--out FILE (target/eval/db-after.json)] [--fake-port 9299]
 * [--db-url jdbc:postgresql://127.0.0.1:5432/shop] [--db-user postgres] [--db-password ""]
 * </pre>
 */
public final class Tau2ReplayMain {

  private Tau2ReplayMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String url = o.get("url").endsWith("/") ? o.get("url") : o.get("url") + "/";
    EvalClient admin = EvalClient.admin(url, o.get("admin-password"));
    if (o.containsKey("import")) {
      admin.importStore(Files.readString(Path.of(o.get("import"))));
    }
    JsonValue file = EvalClient.jsonValue(Files.readString(Path.of(o.get("actions"))));
    List<Tau2Replay.Action> actions = Tau2Replay.actions(file);
    SessionResult result;
    try (GeminiFake fake =
            GeminiFake.start(Integer.parseInt(o.getOrDefault("fake-port", "9299")), null);
        Connection db =
            DriverManager.getConnection(
                o.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/shop"),
                o.getOrDefault("db-user", "postgres"),
                o.getOrDefault("db-password", ""))) {
      String user = Tau2Replay.user(file, actions, db);
      System.out.println("replaying " + actions.size() + " actions as " + user);
      result = Tau2Replay.replay(url, fake, db, user, actions);
    }
    result
        .tools()
        .forEach(
            t ->
                System.out.println(
                    (t.ok() ? "  ok      " : "  REFUSED ") + t.name() + ": " + t.summary()));
    result.failures().forEach(f -> System.out.println("FAILED " + f));
    Path out = Path.of(o.getOrDefault("out", "target/eval/db-after.json"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, admin.exportStore().toString());
    System.out.println("exported store: " + out.toAbsolutePath());
    if (!result.failures().isEmpty()) {
      System.exit(1);
    }
  }
}
