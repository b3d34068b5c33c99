package com.shopassistant.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time (user + system) of processes on this Linux machine, from {@code /proc}: the server's
 * JVM, and the database's sessions by their process title ({@code postgres: ... <database> ...}).
 * On a machine shared with other work, CPU per turn compares runs better than latencies do.
 */
public final class ProcessCpu {

  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private ProcessCpu() {}

  /** Seconds of CPU used so far by each of {@code pids} still alive. */
  public static Map<Long, Double> snapshot(List<Long> pids) {
    Map<Long, Double> seconds = new HashMap<>();
    for (long pid : pids) {
      try {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // The command name is in parentheses and may hold spaces: count fields after it.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        seconds.put(pid, ticks / TICKS_PER_SECOND);
      } catch (IOException | RuntimeException e) {
        // gone, or not Linux: counts nothing
      }
    }
    return seconds;
  }

  /**
   * CPU seconds used between two snapshots: processes that appeared count from zero, those that
   * ended in between are missed.
   */
  public static double between(Map<Long, Double> before, Map<Long, Double> after) {
    double used = 0;
    for (Map.Entry<Long, Double> process : after.entrySet()) {
      used += process.getValue() - before.getOrDefault(process.getKey(), 0.0);
    }
    return used;
  }

  /** CPU seconds the whole machine has been busy (all cores, not idle nor waiting for I/O). */
  public static double machineBusy() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        if (i != 4 && i != 5) { // idle, iowait
          busy += Long.parseLong(cpu[i]);
        }
      }
      return busy / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** This JVM's own process id. */
  static long self() {
    return ProcessHandle.current().pid();
  }

  /** The PostgreSQL sessions on {@code database}. */
  static List<Long> sessionsOf(String database) {
    List<Long> pids = new ArrayList<>();
    try {
      Process pgrep = new ProcessBuilder("pgrep", "-f", "postgres: .* " + database + " ").start();
      for (String line : new String(pgrep.getInputStream().readAllBytes()).split("\\s+")) {
        if (!line.isBlank()) {
          pids.add(Long.parseLong(line.strip()));
        }
      }
      pgrep.waitFor();
    } catch (IOException e) {
      // no pgrep: no database CPU
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return pids;
  }
}
