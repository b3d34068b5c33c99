package com.shopassistant.it.eval;

import com.shopassistant.it.gemini.GeminiFake;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scripted-session command: plays session scripts against a running server whose {@code
 * GEMINI_BASE_URL} is {@code http://127.0.0.1:<fake-port>}, where this program runs the Gemini
 * fake, writes the report (markdown + JSON) and, with {@code --gates}, exits 1 listing every token
 * gate exceeded. See src-test/scripts/eval-sessions.sh and docs/evaluation.md.
 *
 * <pre>
 * --url URL              the server's root, e.g. http://127.0.0.1:9080/ (required)
 * --admin-password PW    to import the scripts' catalog (required unless --no-catalog)
 * --fake-port PORT       where the fake listens (9299)
 * --latency-ms MS        how long the fake takes to answer each model call (0: at once)
 * --sessions DIR         the scripts, *.json under DIR (default: the ones shipped in src-test)
 * --out DIR              where the report goes (target/eval)
 * --name NAME            the report's file name without extension (scripted-sessions)
 * --no-catalog           the server already has the scripts' catalog
 * --gates                fail (exit 1) when a gate is exceeded; gates: -Deval.gate.&lt;type&gt;=N
 * </pre>
 */
public final class SessionRunner {

  private SessionRunner() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String url = required(options, "url");
    url = url.endsWith("/") ? url : url + "/";
    int fakePort = Integer.parseInt(options.getOrDefault("fake-port", "9299"));
    Path sessions =
        options.containsKey("sessions") ? Path.of(options.get("sessions")) : shippedScripts();
    Path out = Path.of(options.getOrDefault("out", "target/eval"));
    try (GeminiFake fake = GeminiFake.start(fakePort, null)) {
      fake.latency(Duration.ofMillis(Long.parseLong(options.getOrDefault("latency-ms", "0"))));
      if (!options.containsKey("no-catalog")) {
        importCatalog(url, required(options, "admin-password"));
      }
      SessionReport report = run(url, fake, SessionScript.readAll(sessions));
      report.write(out, options.getOrDefault("name", "scripted-sessions"));
      System.out.print(report.markdown());
      System.out.println("report: " + out.toAbsolutePath());
      List<String> over = report.gates().violations(report.results(), report.prompt().tokens());
      List<String> failed = new ArrayList<>();
      report.results().forEach(r -> r.failures().forEach(f -> failed.add(r.label() + ": " + f)));
      failed.forEach(f -> System.out.println("CHECK FAILED " + f));
      over.forEach(v -> System.out.println("GATE EXCEEDED " + v));
      if (options.containsKey("gates") && !(over.isEmpty() && failed.isEmpty())) {
        System.exit(1);
      }
    }
  }

  /** Plays every script, then measures the prompt, with the gates of the system properties. */
  public static SessionReport run(String url, GeminiFake fake, List<SessionScript> scripts)
      throws Exception {
    SessionPlayer player = new SessionPlayer(url, fake);
    List<SessionResult> results = new ArrayList<>();
    for (SessionScript script : scripts) {
      results.add(player.play(script));
    }
    // The seed's order (by budget), English before Indonesian.
    results.sort(
        java.util.Comparator.comparing(
                (SessionResult r) -> TokenGates.DEFAULTS.getOrDefault(r.type(), Long.MAX_VALUE))
            .thenComparing(SessionResult::language));
    PromptSize prompt = PromptSize.measure(url, fake);
    return new SessionReport(results, prompt, TokenGates.fromSystemProperties(), Instant.now());
  }

  /** The catalog the shipped scripts talk about (products EVAL-P1, EVAL-P2, voucher EVAL10). */
  public static void importCatalog(String url, String adminPassword) throws Exception {
    String catalog = Files.readString(resource("eval/catalog.json"));
    EvalClient.admin(url, adminPassword).importStore(catalog);
  }

  static Path shippedScripts() {
    return resource("eval/sessions");
  }

  static Path resource(String name) {
    URL found = SessionRunner.class.getClassLoader().getResource(name);
    if (found == null) {
      throw new IllegalStateException(name + " is not on the class path");
    }
    try {
      return Path.of(found.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      options.put(name, flag ? "true" : args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
