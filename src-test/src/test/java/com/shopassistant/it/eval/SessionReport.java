package com.shopassistant.it.eval;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scripted sessions' report, as markdown for people and JSON for tools, against the gates. */
public record SessionReport(
    List<SessionResult> results, PromptSize prompt, TokenGates gates, Instant at) {

  /** Writes {@code <name>.md} and {@code <name>.json} into {@code dir}. */
  public void write(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name + ".md"), markdown());
    Files.writeString(dir.resolve(name + ".json"), json().toString() + "\n");
  }

  public String markdown() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| session | type | turns | model calls | tool calls | input | cached | output |"
            + " total | gate | within | cost (USD) | turn p50 / max (ms) | metered calls / tokens |"
            + " checks |");
    lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (SessionResult r : results) {
      long gate = gates.gate(r.type());
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d | %d | %,d | %,d | %,d | **%,d** | %,d | %s | %s | %.0f / %.0f | %d / %,d | %s |",
              r.label(),
              r.type(),
              r.turns(),
              r.modelCalls(),
              r.toolCalls(),
              r.input(),
              r.cached(),
              r.output(),
              r.total(),
              gate,
              gates.counted(r) <= gate ? "yes" : "**NO**",
              r.costUsd().toPlainString(),
              r.latencyMedianMillis(),
              r.latencyMaxMillis(),
              r.metered().calls(),
              r.metered().tokens(),
              r.failures().isEmpty() ? "ok" : String.join("; ", r.failures())));
    }
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT,
            "System prompt + all %d tool declarations: **%,d** tokens (gate %,d: %s).",
            prompt.declarations(),
            prompt.tokens(),
            gates.promptGate(),
            prompt.tokens() <= gates.promptGate() ? "within" : "**over**"));
    lines.add("");
    lines.add(
        gates.metered()
            ? "Sessions gated on the metered tokens (chat calls and background summaries)."
            : "Sessions gated on the total (the chat answers' usage); metered adds the background"
                + " history summaries.");
    lines.add("Measured " + at + ".");
    return String.join("\n", lines) + "\n";
  }

  private static JsonArrayBuilder tools(SessionResult r) {
    JsonArrayBuilder tools = Json.createArrayBuilder();
    r.tools().forEach(t -> tools.add(t.ok() ? t.name() : t.name() + " (refused)"));
    return tools;
  }

  public JsonObject json() {
    JsonArrayBuilder sessions = Json.createArrayBuilder();
    for (SessionResult r : results) {
      JsonArrayBuilder latency = Json.createArrayBuilder();
      r.latencyMillis().forEach(ms -> latency.add(Math.round(ms * 10) / 10.0));
      JsonArrayBuilder failures = Json.createArrayBuilder();
      r.failures().forEach(failures::add);
      JsonObjectBuilder session =
          Json.createObjectBuilder()
              .add("name", r.name())
              .add("type", r.type())
              .add("language", r.language())
              .add("turns", r.turns())
              .add("modelCalls", r.modelCalls())
              .add("toolCalls", r.toolCalls())
              .add("inputTokens", r.input())
              .add("cachedTokens", r.cached())
              .add("outputTokens", r.output())
              .add("totalTokens", r.total())
              .add("gate", gates.gate(r.type()))
              .add("withinGate", gates.counted(r) <= gates.gate(r.type()))
              .add("costUsd", r.costUsd())
              .add("turnMillis", latency)
              .add("meteredCalls", r.metered().calls())
              .add("meteredTokens", r.metered().tokens())
              .add("tools", tools(r))
              .add("failures", failures);
      sessions.add(session);
    }
    return Json.createObjectBuilder()
        .add("measuredAt", at.toString())
        .add("tokenRule", "ceil(code points / 4) of each JSON field as the Gemini fake writes it")
        .add("gatedOn", gates.metered() ? "meteredTokens" : "totalTokens")
        .add(
            "prompt",
            Json.createObjectBuilder()
                .add("tokens", prompt.tokens())
                .add("declarations", prompt.declarations())
                .add("gate", gates.promptGate()))
        .add("sessions", sessions)
        .build();
  }
}
