package com.shopassistant.it.bench;

import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Budgets and the global model limit held by two server instances on one PostgreSQL (report:
 * docs/benchmarks/shared-limits.md). Phase 1: {@code bench.chats} concurrent chats of one free-tier
 * customer, alternating between the two servers, until the daily budget refuses them; the ledger
 * must not pass the budget by more than its largest call. Phase 2: {@code bench.rpm.customers}
 * customers chat through both servers for {@code bench.rpm.seconds}; the model calls the fake
 * received in any calendar minute must not pass {@code bench.rpm}.
 */
public final class SharedLimitsBenchmark {

  private SharedLimitsBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> servers = List.of(System.getProperty("bench.urls").split(","));
    int fakePort = Integer.getInteger("bench.fake.port", 9501);
    Path out = Path.of(System.getProperty("bench.out", "target/benchmarks/shared-limits"));
    Files.createDirectories(out);
    List<String> report = new ArrayList<>();
    boolean passed;
    try (GeminiFake fake = GeminiFake.start(fakePort, null, 50_000)) {
      fake.defaultReply(FakeReply.text("Here are two lamps that match, both in stock."));
      fake.latency(Duration.ofMillis(Long.getLong("bench.latency.ms", 300)));
      passed = budgetPhase(servers, Integer.getInteger("bench.chats", 50), report);
      fake.reset();
      fake.defaultReply(FakeReply.text("Here are two lamps that match, both in stock."));
      fake.latency(Duration.ofMillis(Long.getLong("bench.rpm.latency.ms", 100)));
      passed &= rpmPhase(servers, fake, report);
    }
    report.add("");
    report.add(passed ? "RESULT: PASS" : "RESULT: FAIL");
    Files.write(out.resolve("summary.md"), report);
    report.forEach(System.out::println);
    System.exit(passed ? 0 : 1);
  }

  private static boolean budgetPhase(List<String> servers, int chats, List<String> report)
      throws Exception {
    long dailyBudget = Long.getLong("bench.free.daily", 50_000);
    LimitsClient customer = LimitsClient.register(servers.get(0));
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(chats);
    try {
      List<Future<?>> loops = new ArrayList<>();
      for (int i = 0; i < chats; i++) {
        LimitsClient chat = customer.on(servers.get(i % servers.size()));
        loops.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    String outcome = chat.chatOutcome("any desk lamps under 50?");
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    if (outcome.equals("429 daily_limit_exceeded")) {
                      return null;
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> loop : loops) {
        loop.get();
      }
    } finally {
      pool.shutdownNow();
    }
    LedgerTotals totals = LedgerTotals.of(customer.customerId());
    boolean within = totals.tokens() <= dailyBudget + totals.largestCall();
    report.add("## Phase 1: one free-tier customer, " + chats + " concurrent chats, two servers");
    report.add("");
    report.add("| | |");
    report.add("|---|---|");
    report.add("| answers | " + new TreeMap<>(outcomes) + " |");
    report.add("| model calls metered | " + totals.calls() + " |");
    report.add("| tokens metered today | " + totals.tokens() + " |");
    report.add("| daily budget | " + dailyBudget + " |");
    report.add("| largest single call | " + totals.largestCall() + " |");
    report.add("| over the budget by | " + Math.max(0, totals.tokens() - dailyBudget) + " |");
    report.add("| reservations left behind | " + totals.reservationsLeft() + " |");
    report.add(
        "| budget + one call holds | "
            + (within && totals.reservationsLeft() == 0 ? "yes" : "**NO**")
            + " |");
    return within && totals.reservationsLeft() == 0;
  }

  private static boolean rpmPhase(List<String> servers, GeminiFake fake, List<String> report)
      throws Exception {
    int rpm = Integer.getInteger("bench.rpm", 60);
    int customers = Integer.getInteger("bench.rpm.customers", 20);
    long seconds = Long.getLong("bench.rpm.seconds", 150);
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    List<LimitsClient> clients = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      clients.add(LimitsClient.register(servers.get(0)).on(servers.get(i % servers.size())));
    }
    Instant started = Instant.now();
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(customers);
    try {
      List<Future<?>> loops = new ArrayList<>();
      for (LimitsClient client : clients) {
        loops.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    String outcome = client.chatOutcome("hello, any lamps?");
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    if (!outcome.startsWith("200")) {
                      Thread.sleep(500); // a refused customer waits a little, as a page would
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> loop : loops) {
        loop.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Instant, Integer> perMinute = new TreeMap<>();
    List<Instant> arrivals = new ArrayList<>();
    for (RecordedRequest call : fake.modelCalls()) {
      arrivals.add(call.receivedAt());
      perMinute.merge(call.receivedAt().truncatedTo(ChronoUnit.MINUTES), 1, Integer::sum);
    }
    int busiestMinute = perMinute.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int busiestSliding = busiestSlidingMinute(arrivals);
    boolean holds = busiestMinute <= rpm;
    report.add("");
    report.add(
        "## Phase 2: "
            + customers
            + " customers through both servers for "
            + seconds
            + " s, global limit "
            + rpm
            + " model calls per minute");
    report.add("");
    report.add("| | |");
    report.add("|---|---|");
    report.add("| started | " + started + " |");
    report.add("| answers | " + new TreeMap<>(outcomes) + " |");
    report.add("| model calls the fake received | " + arrivals.size() + " |");
    report.add("| per calendar minute | " + perMinute.values() + " |");
    report.add("| busiest calendar minute | " + busiestMinute + " |");
    report.add("| busiest 60 s span (any start) | " + busiestSliding + " |");
    report.add("| limit holds per minute window | " + (holds ? "yes" : "**NO**") + " |");
    return holds;
  }

  static int busiestSlidingMinute(List<Instant> arrivals) {
    List<Instant> sorted = arrivals.stream().sorted().toList();
    int best = 0;
    int from = 0;
    for (int to = 0; to < sorted.size(); to++) {
      while (Duration.between(sorted.get(from), sorted.get(to)).toMillis() >= 60_000) {
        from++;
      }
      best = Math.max(best, to - from + 1);
    }
    return best;
  }
}
