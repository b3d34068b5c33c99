package com.shopassistant.it.reliability;

import java.nio.file.Path;
import java.util.Locale;

/** A run's settings, from system properties (the scripts pass their environment through). */
record LoadSettings(
    Mode mode,
    String url,
    int fakePort,
    String adminPassword,
    int users,
    long seconds,
    long warmupSeconds,
    long thinkMs,
    long latencyMs,
    double faultRate,
    long faultSeed,
    long sampleSeconds,
    long recoverySeconds,
    String dbStop,
    String dbStart,
    long dbDownSeconds,
    long dbStopAtSeconds,
    long failFastMillis,
    int poolMax,
    Path out) {

  enum Mode {
    LOAD,
    MODEL_FAULTS,
    DB_RESTART;

    static Mode of(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  static LoadSettings fromSystemProperties() {
    String url = System.getProperty("load.url", "http://127.0.0.1:9180/");
    return new LoadSettings(
        Mode.of(System.getProperty("load.mode", "load")),
        url.endsWith("/") ? url : url + "/",
        Integer.getInteger("load.fake.port", 9181),
        System.getProperty("load.admin.password"),
        Integer.getInteger("load.users", 100),
        Long.getLong("load.seconds", 600),
        Long.getLong("load.warmup.seconds", 60),
        Long.getLong("load.think.ms", 10_000),
        Long.getLong("load.latency.ms", 800),
        Double.parseDouble(System.getProperty("load.fault.rate", "0.3")),
        Long.getLong("load.fault.seed", 10),
        Long.getLong("load.sample.seconds", 5),
        Long.getLong("load.recovery.seconds", 35),
        System.getProperty("load.db.stop", ""),
        System.getProperty("load.db.start", ""),
        Long.getLong("load.db.down.seconds", 10),
        Long.getLong("load.db.stop.at.seconds", Long.getLong("load.seconds", 600) / 2),
        Long.getLong("load.db.fail.fast.ms", 15_000),
        Integer.getInteger("load.pool.max", 15),
        Path.of(System.getProperty("load.out", "target/reliability")));
  }
}
