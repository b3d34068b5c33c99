package com.shopassistant.it.reliability;

import com.shopassistant.it.bench.BenchSessions;
import com.shopassistant.it.bench.ScriptedShopper;
import com.shopassistant.it.eval.EvalClient;
import com.shopassistant.it.gemini.FakeFaults;
import com.shopassistant.it.gemini.GeminiFake;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The reliability load: {@code load.users} simulated customers ({@link Customer}) against a running
 * server whose GEMINI_BASE_URL is this program's Gemini fake, for {@code load.seconds}, while a
 * thread samples the server's /metrics. Modes ({@code load.mode}): {@code load} (the fake answers
 * every call after {@code load.latency.ms}), {@code model-faults} (a share {@code load.fault.rate}
 * of model calls fails: 429, 500, 503, or no answer), {@code db-restart} (the database is stopped
 * halfway through and started again). Writes report.md and report.json to {@code load.out} and
 * exits 1 when a pass rule failed. See src-test/scripts/reliability-*.sh and docs/reliability.md.
 */
public final class LoadRun {

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    LoadSettings settings = LoadSettings.fromSystemProperties();
    Files.createDirectories(settings.out());
    LoadResult result;
    try (GeminiFake fake = GeminiFake.start(settings.fakePort(), null, 1000)) {
      ScriptedShopper.install(fake);
      fake.latency(Duration.ofMillis(settings.latencyMs()));
      EvalClient.admin(settings.url(), settings.adminPassword()).importStore(BenchSessions.CATALOG);
      warmUp(settings);
      if (settings.mode() == LoadSettings.Mode.MODEL_FAULTS) {
        fake.faults(FakeFaults.of(settings.faultRate(), settings.faultSeed()));
      }
      result = run(settings, fake);
    }
    LoadReport report = new LoadReport(settings, result);
    report.write();
    report.markdown().forEach(System.out::println);
    System.out.println("report: " + settings.out().toAbsolutePath());
    System.exit(report.passed() ? 0 : 1);
  }

  /** Every customer on a thread of its own until {@code deadline} (System.nanoTime). */
  private static void runUntil(List<Customer> customers, long deadline) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(customers.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Customer customer : customers) {
        running.add(
            pool.submit(
                () -> {
                  customer.run(deadline);
                  return null;
                }));
      }
      for (Future<?> customer : running) {
        customer.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Not measured: a few customers first, so the run sees a server whose JIT compiled the request
   * paths, as a serving instance is, rather than a cold JVM.
   */
  private static void warmUp(LoadSettings settings) throws Exception {
    if (settings.warmupSeconds() <= 0) {
      return;
    }
    int customers = Math.min(settings.users(), 20);
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(settings.warmupSeconds());
    Customer.Totals ignored = new Customer.Totals();
    List<Customer> warming = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      warming.add(
          new Customer(i, new Shopper(settings.url(), start, Shopper.newLog()), 2000, ignored));
    }
    runUntil(warming, deadline);
    System.out.println(
        fmt(
            "warm-up (not measured): %d customers for %d s, %d sessions",
            customers, settings.warmupSeconds(), ignored.sessions.get()));
  }

  /** The customers, the registered ones signed up (10 at a time, not recorded). */
  private static List<Customer> prepare(
      LoadSettings settings, List<Shopper> shoppers, Customer.Totals totals) throws Exception {
    List<Customer> customers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<?>> signUps = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < settings.users(); i++) {
      Shopper shopper = new Shopper(settings.url(), start, Shopper.newLog());
      Customer customer = new Customer(i, shopper, settings.thinkMs(), totals);
      customers.add(customer);
      shoppers.add(shopper);
      signUps.add(
          pool.submit(
              () -> {
                customer.prepare();
                return null;
              }));
    }
    for (Future<?> signUp : signUps) {
      signUp.get();
    }
    pool.shutdown();
    return customers;
  }

  private static LoadResult run(LoadSettings settings, GeminiFake fake) throws Exception {
    List<Call> calls = Shopper.newLog();
    List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    List<String> loads = Collections.synchronizedList(new ArrayList<>());
    Customer.Totals totals = new Customer.Totals();
    List<Shopper> shoppers = new ArrayList<>();
    List<Customer> customers = prepare(settings, shoppers, totals);
    long start = System.nanoTime();
    shoppers.forEach(s -> s.recordInto(calls, start));
    long deadline = start + TimeUnit.SECONDS.toNanos(settings.seconds());
    var sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> sample(settings, start, samples, loads),
        0,
        settings.sampleSeconds(),
        TimeUnit.SECONDS);
    DatabaseOutage outage = null;
    if (settings.mode() == LoadSettings.Mode.DB_RESTART) {
      outage =
          new DatabaseOutage(
              settings.dbStop(),
              settings.dbStart(),
              settings.dbStopAtSeconds() * 1000,
              settings.dbDownSeconds() * 1000);
      outage.start(start);
    }
    runUntil(customers, deadline);
    long measuredMillis = (System.nanoTime() - start) / 1_000_000;
    if (settings.mode() == LoadSettings.Mode.MODEL_FAULTS) {
      recover(settings, fake);
    }
    sampler.shutdown();
    sampler.awaitTermination(1, TimeUnit.MINUTES);
    sample(settings, start, samples, loads);
    List<Sample> ordered = new ArrayList<>(samples);
    ordered.sort(java.util.Comparator.comparingLong(Sample::atMillis));
    return new LoadResult(
        List.copyOf(calls),
        ordered,
        List.copyOf(loads),
        measuredMillis,
        totals,
        outage,
        metricsText(settings));
  }

  /**
   * After the faulty run: the fake answers again, the circuit's delay passes, and a few chats let
   * the half-open circuit close, so the report can show it closing even if the run ended with it
   * open.
   */
  private static void recover(LoadSettings settings, GeminiFake fake) throws Exception {
    fake.faults(FakeFaults.NONE);
    Thread.sleep(settings.recoverySeconds() * 1000);
    try {
      EvalClient probe = EvalClient.guest(settings.url());
      for (int i = 0; i < 5; i++) {
        probe.chat("find wireless headphones");
        Thread.sleep(settings.sampleSeconds() * 1000);
      }
    } catch (IllegalStateException e) {
      System.err.println("recovery chat failed: " + e.getMessage());
    }
  }

  private static void sample(
      LoadSettings settings, long start, List<Sample> samples, List<String> loads) {
    try {
      long at = (System.nanoTime() - start) / 1_000_000;
      samples.add(Sample.of(at, new PrometheusText(metricsText(settings))));
      loads.add(at / 1000 + " s: " + Files.readString(Path.of("/proc/loadavg")).strip());
    } catch (Exception e) {
      // a missed sample (server busy, database down): the next one counts
    }
  }

  static String metricsText(LoadSettings settings) throws Exception {
    HttpResponse<String> answer =
        Shopper.HTTP.send(
            HttpRequest.newBuilder(URI.create(settings.url() + "metrics"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer.body();
  }

  /** Everything a run measured. */
  record LoadResult(
      List<Call> calls,
      List<Sample> samples,
      List<String> loadAverages,
      long measuredMillis,
      Customer.Totals totals,
      DatabaseOutage outage,
      String finalMetrics) {}

  static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
