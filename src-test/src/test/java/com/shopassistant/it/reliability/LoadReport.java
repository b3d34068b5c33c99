package com.shopassistant.it.reliability;

import static com.shopassistant.it.reliability.LoadRun.fmt;

import com.shopassistant.it.reliability.LoadRules.Check;
import com.shopassistant.it.reliability.LoadSettings.Mode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Judges a run by its mode's pass rules and writes report.md and report.json. */
final class LoadReport {

  private static final double MIB = 1024 * 1024;
  private static final int WINDOWS = 10;

  private final LoadSettings settings;
  private final LoadRun.LoadResult result;
  private final List<Check> checks = new ArrayList<>();
  private final FaultBudget budget = FaultBudget.ofApplication();

  LoadReport(LoadSettings settings, LoadRun.LoadResult result) {
    this.settings = settings;
    this.result = result;
    judge();
  }

  boolean passed() {
    return checks.stream().allMatch(Check::passed);
  }

  private void judge() {
    List<Call> calls = result.calls();
    List<Sample> measured =
        result.samples().stream().filter(s -> s.atMillis() <= result.measuredMillis()).toList();
    Predicate<Call> excused = c -> false;
    if (settings.mode() == Mode.DB_RESTART) {
      excused = c -> inOutage(c) && c.databaseUnavailable();
      judgeOutage(calls);
    }
    if (settings.mode() == Mode.MODEL_FAULTS) {
      checks.add(LoadRules.everyChatAnswered(calls));
      checks.add(LoadRules.errorRate("error rate", calls, excused));
      checks.add(LoadRules.circuitOpened(result.samples()));
      checks.add(LoadRules.circuitClosedAgain(result.samples()));
      checks.add(LoadRules.withinBudget(calls, budget.turnMillis()));
      checks.add(LoadRules.modelCallBounded(result.samples(), budget.attemptMillis()));
    } else {
      checks.add(LoadRules.errorRate("error rate", calls, excused));
    }
    Predicate<Call> outside = c -> !inOutage(c);
    checks.add(LoadRules.apiP95(calls.stream().filter(outside).toList()));
    checks.add(
        LoadRules.notGrowing(
            "heap after collection (floor per tenth of the run)",
            LoadRules.floors(measured, WINDOWS),
            1.25,
            64 * MIB,
            Double.POSITIVE_INFINITY,
            "MiB"));
    checks.add(
        LoadRules.notGrowing(
            "database connections in use (peak per tenth)",
            LoadRules.peaks(measured, WINDOWS, Sample::poolInUse),
            1.5,
            2,
            settings.poolMax(),
            ""));
    checks.add(
        LoadRules.notGrowing(
            "server threads (peak per tenth)",
            LoadRules.peaks(measured, WINDOWS, Sample::threads),
            1.25,
            10,
            Double.POSITIVE_INFINITY,
            ""));
  }

  /** Between the stop and a grace time after the start, database failures are expected. */
  private boolean inOutage(Call call) {
    DatabaseOutage outage = result.outage();
    if (outage == null || outage.stoppingAt() < 0) {
      return false;
    }
    long end = outage.startedAt() < 0 ? Long.MAX_VALUE : outage.startedAt() + recoveryGraceMillis();
    return call.startMillis() + call.millis() >= outage.stoppingAt() && call.startMillis() <= end;
  }

  private long recoveryGraceMillis() {
    return settings.failFastMillis() + 5_000;
  }

  private void judgeOutage(List<Call> calls) {
    DatabaseOutage outage = result.outage();
    String problem = outage.problem();
    checks.add(
        new Check(
            "database stopped and started",
            problem == null ? "yes" : problem,
            "both commands succeeded",
            problem == null));
    List<Call> failed = calls.stream().filter(c -> c.failed() && inOutage(c)).toList();
    long clean = failed.stream().filter(Call::databaseUnavailable).count();
    checks.add(
        new Check(
            "failures during the outage are 503 database-unavailable with Retry-After",
            clean + " of " + failed.size(),
            "all, and at least one",
            !failed.isEmpty() && clean == failed.size()));
    // Requests already in flight when the database stopped carry their earlier work (a model
    // call, say); the ones sent while it was down show how fast a failure comes.
    Percentiles fast =
        LoadRules.millis(
            failed, c -> c.databaseUnavailable() && c.startMillis() >= outage.stoppingAt());
    checks.add(
        new Check(
            "503 answers to requests sent while the database was down fail fast",
            fmt("max %.0f ms, p95 %.0f ms", fast.max(), fast.at(95)),
            fmt("≤ %d ms", settings.failFastMillis()),
            fast.count() > 0 && fast.max() <= settings.failFastMillis()));
    List<Call> after =
        calls.stream()
            .filter(
                c ->
                    outage.startedAt() >= 0
                        && c.startMillis() > outage.startedAt() + recoveryGraceMillis())
            .toList();
    checks.add(LoadRules.errorRate("error rate after recovery", after, c -> false));
    checks.add(
        new Check(
            "checkout confirms retried with the same key all placed",
            fmt(
                "%d orders, %d retries, %d abandoned",
                result.totals().restOrders.get(),
                result.totals().confirmRetries.get(),
                result.totals().confirmsAbandoned.get()),
            "none abandoned",
            result.totals().confirmsAbandoned.get() == 0));
  }

  List<String> markdown() {
    List<String> lines = new ArrayList<>();
    List<Call> calls = result.calls();
    double seconds = result.measuredMillis() / 1000.0;
    lines.add(fmt("## %s: %s", settings.mode().label(), passed() ? "PASS" : "FAIL"));
    lines.add("");
    lines.add(
        fmt(
            "%d customers (half signed in) for %d s, think time %d ms, model latency %d ms%s;"
                + " %d sessions, %d requests (%.1f/s), %d chat turns (%.1f/s).",
            settings.users(),
            settings.seconds(),
            settings.thinkMs(),
            settings.latencyMs(),
            settings.mode() == Mode.MODEL_FAULTS
                ? fmt(", %.0f %% of model calls failing", settings.faultRate() * 100)
                : "",
            result.totals().sessions.get(),
            calls.size(),
            calls.size() / seconds,
            calls.stream().filter(Call::chat).count(),
            calls.stream().filter(Call::chat).count() / seconds));
    lines.add("");
    lines.add("| check | measured | pass when | |");
    lines.add("|---|---|---|---|");
    checks.forEach(
        c ->
            lines.add(
                fmt(
                    "| %s | %s | %s | %s |",
                    c.name(), c.measured(), c.limit(), c.passed() ? "pass" : "**FAIL**")));
    lines.add("");
    lines.add("| requests | count | failed | p50 | p95 | p99 | max (ms) |");
    lines.add("|---|---|---|---|---|---|---|");
    lines.add(row("chat turns", calls, Call::chat));
    lines.add(row("non-chat API", calls, c -> !c.chat()));
    Map<String, List<Call>> byEndpoint = new TreeMap<>();
    calls.forEach(c -> byEndpoint.computeIfAbsent(c.endpoint(), e -> new ArrayList<>()).add(c));
    byEndpoint.forEach((endpoint, list) -> lines.add(row("`" + endpoint + "`", list, c -> true)));
    long offline = calls.stream().filter(c -> c.chat() && "offline".equals(c.model())).count();
    lines.add("");
    lines.add(fmt("Chat turns answered by the offline assistant (fallback): %d.", offline));
    lines.addAll(new LoadTimeline(settings, result).markdown());
    return lines;
  }

  private static String row(String label, List<Call> calls, Predicate<Call> which) {
    List<Call> chosen = calls.stream().filter(which).toList();
    Percentiles p = LoadRules.millis(chosen, c -> true);
    return fmt(
        "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f |",
        label,
        chosen.size(),
        chosen.stream().filter(Call::failed).count(),
        p.at(50),
        p.at(95),
        p.at(99),
        p.max());
  }

  void write() throws IOException {
    Files.write(settings.out().resolve("report.md"), markdown());
    JsonArrayBuilder checkArray = Json.createArrayBuilder();
    checks.forEach(
        c ->
            checkArray.add(
                Json.createObjectBuilder()
                    .add("name", c.name())
                    .add("measured", c.measured())
                    .add("limit", c.limit())
                    .add("passed", c.passed())));
    JsonArrayBuilder sampleArray = Json.createArrayBuilder();
    result
        .samples()
        .forEach(
            s ->
                sampleArray.add(
                    Json.createObjectBuilder()
                        .add("atMillis", s.atMillis())
                        .add("heapUsedBytes", num(s.heapUsedBytes()))
                        .add("poolInUse", num(s.poolInUse()))
                        .add("poolOpen", num(s.poolOpen()))
                        .add("threads", num(s.threads()))
                        .add("cpuSeconds", num(s.cpuSeconds()))
                        .add("circuitOpened", s.circuitOpened())
                        .add("geminiCallMaxSeconds", s.geminiCallMaxSeconds())));
    List<Call> calls = result.calls();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("mode", settings.mode().label())
            .add("passed", passed())
            .add("users", settings.users())
            .add("seconds", settings.seconds())
            .add("requests", calls.size())
            .add("failed", calls.stream().filter(Call::failed).count())
            .add("chatP50", num(LoadRules.millis(calls, Call::chat).at(50)))
            .add("chatP95", num(LoadRules.millis(calls, Call::chat).at(95)))
            .add("chatP99", num(LoadRules.millis(calls, Call::chat).at(99)))
            .add("apiP50", num(LoadRules.millis(calls, c -> !c.chat()).at(50)))
            .add("apiP95", num(LoadRules.millis(calls, c -> !c.chat()).at(95)))
            .add("apiP99", num(LoadRules.millis(calls, c -> !c.chat()).at(99)))
            .add("turnBudgetMillis", budget.turnMillis())
            .add("checks", checkArray)
            .add("samples", sampleArray)
            .add("loadAverages", Json.createArrayBuilder(result.loadAverages()));
    Files.writeString(settings.out().resolve("report.json"), json.build().toString());
    List<String> csv =
        new ArrayList<>(List.of("start_ms,millis,chat,endpoint,status,problem,model"));
    calls.forEach(
        c ->
            csv.add(
                fmt(
                    "%d,%.1f,%s,%s,%d,%s,%s",
                    c.startMillis(),
                    c.millis(),
                    c.chat(),
                    c.endpoint(),
                    c.status(),
                    c.problemType() == null ? "" : c.problemType(),
                    c.model())));
    Files.write(settings.out().resolve("calls.csv"), csv);
    Files.writeString(settings.out().resolve("metrics-final.txt"), result.finalMetrics());
  }

  private static double num(double value) {
    return Double.isNaN(value) ? -1 : value;
  }
}
