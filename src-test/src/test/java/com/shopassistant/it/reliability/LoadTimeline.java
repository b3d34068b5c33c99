package com.shopassistant.it.reliability;

import static com.shopassistant.it.reliability.LoadRun.fmt;

import java.util.ArrayList;
import java.util.List;

/** The run over time, in tenths: traffic, latencies and what the server's metrics said. */
final class LoadTimeline {

  private static final int SLICES = 10;

  private final LoadSettings settings;
  private final LoadRun.LoadResult result;

  LoadTimeline(LoadSettings settings, LoadRun.LoadResult result) {
    this.settings = settings;
    this.result = result;
  }

  List<String> markdown() {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(
        "| from (s) | requests | failed | API p95 (ms) | chat p95 (ms) | heap floor (MiB)"
            + " | heap max (MiB) | DB connections in use (peak) | open | threads | server CPU (cores)"
            + " | load average |");
    lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
    long total = Math.max(1, result.measuredMillis());
    for (int i = 0; i < SLICES; i++) {
      long from = total * i / SLICES;
      long to = total * (i + 1) / SLICES;
      List<Call> calls =
          result.calls().stream()
              .filter(c -> c.startMillis() >= from && c.startMillis() < to)
              .toList();
      List<Sample> samples =
          result.samples().stream().filter(s -> s.atMillis() >= from && s.atMillis() < to).toList();
      lines.add(
          fmt(
              "| %d | %d | %d | %.0f | %.0f | %s | %s | %s | %s | %s | %s | %s |",
              from / 1000,
              calls.size(),
              calls.stream().filter(Call::failed).count(),
              LoadRules.millis(calls, c -> !c.chat()).at(95),
              LoadRules.millis(calls, Call::chat).at(95),
              mib(samples.stream().mapToDouble(Sample::heapUsedBytes).min()),
              mib(samples.stream().mapToDouble(Sample::heapUsedBytes).max()),
              whole(samples.stream().mapToDouble(Sample::poolInUse).max()),
              whole(samples.stream().mapToDouble(Sample::poolOpen).max()),
              whole(samples.stream().mapToDouble(Sample::threads).max()),
              cores(samples),
              loadAverage(to)));
    }
    if (result.outage() != null) {
      lines.add("");
      lines.add(
          fmt(
              "Database stopped at %.1f s, started again at %.1f s (%d s down).",
              result.outage().stoppingAt() / 1000.0,
              result.outage().startedAt() / 1000.0,
              settings.dbDownSeconds()));
    }
    return lines;
  }

  private static String mib(java.util.OptionalDouble value) {
    return value.isPresent() ? fmt("%.0f", value.getAsDouble() / (1024 * 1024)) : "-";
  }

  private static String whole(java.util.OptionalDouble value) {
    return value.isPresent() ? fmt("%.0f", value.getAsDouble()) : "-";
  }

  private static String cores(List<Sample> samples) {
    if (samples.size() < 2) {
      return "-";
    }
    Sample first = samples.get(0);
    Sample last = samples.get(samples.size() - 1);
    double seconds = (last.atMillis() - first.atMillis()) / 1000.0;
    return seconds <= 0 ? "-" : fmt("%.2f", (last.cpuSeconds() - first.cpuSeconds()) / seconds);
  }

  /** The load average read at or just before {@code millis}. */
  private String loadAverage(long millis) {
    String found = "-";
    for (String line : result.loadAverages()) {
      long at = Long.parseLong(line.substring(0, line.indexOf(' ')));
      if (at * 1000 <= millis) {
        String[] parts = line.substring(line.indexOf(':') + 2).split(" ");
        found = parts[0] + " " + parts[1] + " " + parts[2];
      }
    }
    return found;
  }
}
