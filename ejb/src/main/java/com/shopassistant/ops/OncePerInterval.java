package com.shopassistant.ops;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Says yes at most once per interval, across threads: for warnings that would otherwise flood. */
public final class OncePerInterval {

  private final Clock clock;
  private final long intervalMillis;
  private final AtomicLong lastYes = new AtomicLong(Long.MIN_VALUE);

  public OncePerInterval(Duration interval, Clock clock) {
    this.clock = clock;
    this.intervalMillis = interval.toMillis();
  }

  public boolean tryAcquire() {
    long now = clock.millis();
    long last = lastYes.get();
    boolean due = last == Long.MIN_VALUE || now - last >= intervalMillis;
    return due && lastYes.compareAndSet(last, now);
  }
}
