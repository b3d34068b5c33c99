package com.shopassistant.it.bench;

import com.shopassistant.it.eval.EvalClient;
import com.shopassistant.it.gemini.GeminiFake;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The assistant's benchmark, against a running server whose GEMINI_BASE_URL is this program's
 * Gemini fake: (1) the tokens of each of the seed's four session types, one after the other; (2)
 * {@code bench.conversations} conversations at once, each playing the four types in turn with a
 * random think time between messages (mean {@code bench.think.ms}), the fake answering every call
 * in exactly {@code bench.latency.ms}. A turn's overhead is its end-to-end time minus its model
 * time (model calls × latency). Settings are system properties; see
 * src-test/benchmarks/assistant/run.sh.
 */
public final class AssistantBenchmark {

  private AssistantBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("bench.url", "http://127.0.0.1:9490/");
    int fakePort = Integer.getInteger("bench.fake.port", 9491);
    long latencyMs = Long.getLong("bench.latency.ms", 200);
    int conversations = Integer.getInteger("bench.conversations", 100);
    long thinkMs = Long.getLong("bench.think.ms", 2000);
    long seconds = Long.getLong("bench.seconds", 180);
    Path out = Path.of(System.getProperty("bench.out", "target/benchmarks/assistant"));
    Files.createDirectories(out);
    try (GeminiFake fake = GeminiFake.start(fakePort, null, 1000)) {
      ScriptedShopper.install(fake);
      fake.latency(Duration.ofMillis(latencyMs));
      EvalClient.admin(url, System.getProperty("bench.admin.password"))
          .importStore(BenchSessions.CATALOG);
      List<String> report = new ArrayList<>(sessionTokens(url));
      long warmup = Long.getLong("bench.warmup.seconds", 0);
      if (warmup > 0) {
        // Not measured: the server's JIT compiles the turn's code paths first, so the measured
        // run sees the steady state a busy instance is in rather than a cold JVM.
        int warmers = Integer.getInteger("bench.warmup.conversations", 10);
        Outcome warm = converseAll(url, warmers, thinkMs, warmup);
        report.add("");
        report.add(
            String.format(
                Locale.ROOT,
                "Warm-up (not measured): %d conversations for %d s, %d turns.",
                warmers,
                warmup,
                warm.turns().size()));
      }
      report.addAll(load(url, conversations, thinkMs, latencyMs, seconds, out));
      Files.write(out.resolve("summary.md"), report);
      report.forEach(System.out::println);
    }
  }

  private static List<String> sessionTokens(String url) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| session | turns | model calls | input | cached | output | total | target (40 % of seed) | within |");
    lines.add("|---|---|---|---|---|---|---|---|---|");
    for (BenchSessions session : BenchSessions.values()) {
      EvalClient customer = EvalClient.guest(url);
      customer.readyToPay();
      int calls = 0, input = 0, cached = 0, output = 0;
      for (String message : session.messages) {
        JsonObject usage = customer.chat(message).getJsonObject("usage");
        calls += usage.getInt("modelCalls");
        input += usage.getInt("input");
        cached += usage.getInt("cached");
        output += usage.getInt("output");
      }
      int total = input + output;
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %,d | %,d | %,d | **%,d** | %,d | %s |",
              session.name().toLowerCase(Locale.ROOT).replace('_', ' '),
              session.messages.size(),
              calls,
              input,
              cached,
              output,
              total,
              session.targetTokens(),
              total <= session.targetTokens() ? "yes" : "NO"));
    }
    return lines;
  }

  private static List<String> load(
      String url, int conversations, long thinkMs, long latencyMs, long seconds, Path out)
      throws Exception {
    List<Long> server = pids(System.getProperty("bench.server.pid", ""));
    String database = System.getProperty("bench.db", "");
    Map<Long, Double> serverBefore = ProcessCpu.snapshot(server);
    Map<Long, Double> databaseBefore = ProcessCpu.snapshot(sessions(database));
    Map<Long, Double> driverBefore = ProcessCpu.snapshot(List.of(ProcessCpu.self()));
    double machineBefore = ProcessCpu.machineBusy();
    long started = System.nanoTime();
    Outcome outcome = converseAll(url, conversations, thinkMs, seconds);
    double elapsed = (System.nanoTime() - started) / 1e9;
    double machineCpu = ProcessCpu.machineBusy() - machineBefore;
    double serverCpu = ProcessCpu.between(serverBefore, ProcessCpu.snapshot(server));
    double databaseCpu =
        ProcessCpu.between(databaseBefore, ProcessCpu.snapshot(sessions(database)));
    double driverCpu =
        ProcessCpu.between(driverBefore, ProcessCpu.snapshot(List.of(ProcessCpu.self())));
    List<String> lines =
        new ArrayList<>(
            TurnTiming.report(
                outcome.turns(),
                outcome.errors(),
                conversations,
                thinkMs,
                latencyMs,
                seconds,
                out));
    int turns = Math.max(1, outcome.turns().size());
    if (!server.isEmpty()) {
      lines.add("");
      lines.add(
          String.format(
              Locale.ROOT,
              "CPU per measured turn: server %.1f ms, database sessions %.1f ms (all threads,"
                  + " JIT and GC included).",
              serverCpu * 1000 / turns,
              databaseCpu * 1000 / turns));
      lines.add(
          String.format(
              Locale.ROOT,
              "Machine busy during the run: %.2f of %d cores; the server %.2f, the database"
                  + " sessions %.2f, this driver and its fake %.2f, other work %.2f.",
              machineCpu / elapsed,
              Runtime.getRuntime().availableProcessors(),
              serverCpu / elapsed,
              databaseCpu / elapsed,
              driverCpu / elapsed,
              Math.max(0, machineCpu - serverCpu - databaseCpu - driverCpu) / elapsed));
    }
    return lines;
  }

  /**
   * A customer's pause before the next message: uniform between half and one and a half times
   * {@code thinkMs}. With one fixed pause for all, conversations whose turns once met fall into
   * step and keep meeting, every turn, in bursts no real set of customers makes.
   */
  static long thinkTime(long thinkMs) {
    return thinkMs / 2 + ThreadLocalRandom.current().nextLong(thinkMs + 1);
  }

  private static List<Long> sessions(String database) {
    return database.isEmpty() ? List.of() : ProcessCpu.sessionsOf(database);
  }

  private static List<Long> pids(String list) {
    List<Long> pids = new ArrayList<>();
    for (String pid : list.split(",")) {
      if (!pid.isBlank()) {
        pids.add(Long.parseLong(pid.strip()));
      }
    }
    return pids;
  }

  /** The turns of {@code conversations} conversations at once, and how many failed. */
  private record Outcome(List<TurnTiming> turns, int errors) {}

  private static Outcome converseAll(String url, int conversations, long thinkMs, long seconds)
      throws Exception {
    List<TurnTiming> turns = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(conversations);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < conversations; i++) {
      int first = i;
      running.add(pool.submit(() -> converse(url, first, thinkMs, deadline, turns, errors)));
    }
    for (Future<?> conversation : running) {
      conversation.get();
    }
    pool.shutdown();
    return new Outcome(List.copyOf(turns), errors.get());
  }

  private static Void converse(
      String url,
      int first,
      long thinkMs,
      long deadline,
      List<TurnTiming> turns,
      AtomicInteger errors)
      throws InterruptedException {
    // Start spread over one think time, so the conversations do not move in lockstep.
    Thread.sleep((long) (Math.random() * thinkMs));
    BenchSessions[] types = BenchSessions.values();
    for (int round = first; System.nanoTime() < deadline; round++) {
      try {
        EvalClient customer = EvalClient.guest(url);
        customer.readyToPay();
        for (String message : types[round % types.length].messages) {
          if (System.nanoTime() >= deadline) {
            return null;
          }
          long start = System.nanoTime();
          JsonObject usage = customer.chat(message).getJsonObject("usage");
          turns.add(
              new TurnTiming(
                  System.nanoTime() - start,
                  usage.getInt("modelCalls"),
                  usage.getString("model"),
                  message));
          Thread.sleep(thinkTime(thinkMs));
        }
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        errors.incrementAndGet();
        System.err.println("conversation failed: " + e.getMessage());
      }
    }
    return null;
  }
}
