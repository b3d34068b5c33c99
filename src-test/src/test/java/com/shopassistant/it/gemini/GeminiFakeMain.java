package com.shopassistant.it.gemini;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Runs the Gemini fake on its own, for benchmarks and the evaluation runner; it is then scripted
 * over HTTP under {@code /_fake/} (see {@link FakeControl}) and stops with the process.
 *
 * <pre>
 * GeminiFakeMain [--port 9299] [--key KEY] [--latency-ms 0] [--fault-rate 0] [--fault-seed 1]
 *                [--default-text TEXT] [--stream-chunks 3] [--record-limit 10000]
 * </pre>
 */
public final class GeminiFakeMain {

  private GeminiFakeMain() {}

  public static void main(String[] args) throws InterruptedException {
    Deque<String> options = new ArrayDeque<>(List.of(args));
    int port = GeminiFakeExtension.DEFAULT_PORT;
    String key = null;
    long latencyMs = 0;
    double faultRate = 0;
    long faultSeed = 1;
    String defaultText = null;
    int chunks = 3;
    int recordLimit = GeminiFake.DEFAULT_RECORD_LIMIT;
    while (!options.isEmpty()) {
      String option = options.removeFirst();
      if (options.isEmpty()) {
        throw usage("no value for " + option);
      }
      String value = options.removeFirst();
      switch (option) {
        case "--port" -> port = Integer.parseInt(value);
        case "--key" -> key = value;
        case "--latency-ms" -> latencyMs = Long.parseLong(value);
        case "--fault-rate" -> faultRate = Double.parseDouble(value);
        case "--fault-seed" -> faultSeed = Long.parseLong(value);
        case "--default-text" -> defaultText = value;
        case "--stream-chunks" -> chunks = Integer.parseInt(value);
        case "--record-limit" -> recordLimit = Integer.parseInt(value);
        default -> throw usage("unknown option " + option);
      }
    }
    GeminiFake fake = GeminiFake.start(port, key, recordLimit);
    fake.latency(Duration.ofMillis(latencyMs)).streamChunks(chunks);
    if (faultRate > 0) {
      fake.faults(FakeFaults.of(faultRate, faultSeed));
    }
    if (defaultText != null) {
      fake.defaultReply(FakeReply.text(defaultText));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(fake::close, "gemini-fake-stop"));
    System.out.println(
        "Gemini fake on "
            + fake.baseUrl()
            + (key == null ? " (any API key)" : " (API key required)")
            + "; control API at "
            + fake.baseUrl()
            + "/_fake/");
    Thread.currentThread().join();
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(
        problem
            + "; usage: GeminiFakeMain [--port N] [--key KEY] [--latency-ms N] [--fault-rate R]"
            + " [--fault-seed N] [--default-text TEXT] [--stream-chunks N] [--record-limit N]");
  }
}
