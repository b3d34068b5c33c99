package com.shopassistant.it.reliability;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Takes the server's PostgreSQL cluster down in the middle of a run and brings it back: the stop
 * and start commands (e.g. {@code pg_ctlcluster 15 reliab stop -m fast}) run in a thread of their
 * own at {@code atMillis}, with {@code downMillis} in between; times are milliseconds since the run
 * began, recorded for the pass rules.
 */
final class DatabaseOutage {

  private final String stopCommand;
  private final String startCommand;
  private final long atMillis;
  private final long downMillis;
  private volatile long stoppingAt = -1;
  private volatile long startedAt = -1;
  private volatile String problem;

  DatabaseOutage(String stopCommand, String startCommand, long atMillis, long downMillis) {
    this.stopCommand = stopCommand;
    this.startCommand = startCommand;
    this.atMillis = atMillis;
    this.downMillis = downMillis;
  }

  Thread start(long runStartNanos) {
    Thread thread =
        new Thread(
            () -> {
              try {
                Thread.sleep(atMillis);
                stoppingAt = since(runStartNanos);
                run(stopCommand);
                Thread.sleep(downMillis);
                run(startCommand);
                startedAt = since(runStartNanos);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (IOException | IllegalStateException e) {
                problem = e.getMessage();
              }
            },
            "database-outage");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  long stoppingAt() {
    return stoppingAt;
  }

  long startedAt() {
    return startedAt;
  }

  /** Why the outage could not be made, or null. */
  String problem() {
    return problem != null
        ? problem
        : startedAt < 0 ? "the database was never started again" : null;
  }

  private static long since(long runStartNanos) {
    return (System.nanoTime() - runStartNanos) / 1_000_000;
  }

  private static void run(String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("'" + command + "' failed");
    }
  }
}
