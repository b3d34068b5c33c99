package com.shopassistant.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** One measured turn, and the report of many. */
record TurnTiming(long nanos, int modelCalls, String model, String message) {

  double millis() {
    return nanos / 1e6;
  }

  double modelMillis(long latencyMs) {
    return "offline".equals(model) ? 0 : modelCalls * (double) latencyMs;
  }

  double overheadMillis(long latencyMs) {
    return Math.max(0, millis() - modelMillis(latencyMs));
  }

  static List<String> report(
      List<TurnTiming> turns,
      int errors,
      int conversations,
      long thinkMs,
      long latencyMs,
      long seconds,
      Path out)
      throws IOException {
    List<TurnTiming> all = List.copyOf(turns);
    List<String> csv = new ArrayList<>(List.of("millis,model_calls,model,message"));
    all.forEach(
        t ->
            csv.add(
                String.format(
                    Locale.ROOT,
                    "%.2f,%d,%s,\"%s\"",
                    t.millis(),
                    t.modelCalls(),
                    t.model(),
                    t.message())));
    Files.write(out.resolve("turns.csv"), csv);
    long offline = all.stream().filter(t -> "offline".equals(t.model())).count();
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT,
            "%d conversations at once for %d s, think time %d ms ± 50 %%, model latency %d ms:"
                + " %d turns (%.1f/s), %d failed conversations, %d turns answered offline",
            conversations,
            seconds,
            thinkMs,
            latencyMs,
            all.size(),
            all.size() / (double) seconds,
            errors,
            offline));
    lines.add("");
    lines.add("| per turn | p50 | p95 | p99 |");
    lines.add("|---|---|---|---|");
    lines.add(row("end to end (ms)", all, TurnTiming::millis));
    lines.add(row("model time (ms)", all, t -> t.modelMillis(latencyMs)));
    lines.add(row("overhead (ms)", all, t -> t.overheadMillis(latencyMs)));
    lines.add(
        row("overhead / end to end", all, t -> t.overheadMillis(latencyMs) / t.millis() * 100)
            + " (%)");
    lines.addAll(byMessage(all, latencyMs));
    return lines;
  }

  /** Overhead per customer message: which kind of turn makes the tail. */
  private static List<String> byMessage(List<TurnTiming> all, long latencyMs) {
    Map<String, List<TurnTiming>> byMessage = new TreeMap<>();
    all.forEach(t -> byMessage.computeIfAbsent(t.message(), m -> new ArrayList<>()).add(t));
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("| message | turns | model calls p50 | overhead p50 | p95 | p99 (ms) |");
    lines.add("|---|---|---|---|---|---|");
    byMessage.forEach(
        (message, turns) -> {
          double[] calls = turns.stream().mapToDouble(TurnTiming::modelCalls).sorted().toArray();
          double[] overhead =
              turns.stream().mapToDouble(t -> t.overheadMillis(latencyMs)).sorted().toArray();
          lines.add(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %.0f | %.1f | %.1f | %.1f |",
                  message,
                  turns.size(),
                  percentile(calls, 50),
                  percentile(overhead, 50),
                  percentile(overhead, 95),
                  percentile(overhead, 99)));
        });
    return lines;
  }

  private static String row(
      String label, List<TurnTiming> turns, ToDoubleFunction<TurnTiming> value) {
    double[] sorted = turns.stream().mapToDouble(value).sorted().toArray();
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.1f |",
        label,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99));
  }

  private static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
