package com.shopassistant.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Values kept in this JVM for a fixed time after they were stored, at most {@code maxEntries} of
 * them. Built for the catalog's search caches, whose hits are most requests under load: a hit is
 * one {@link ConcurrentHashMap#get} and a clock reading, with no lock and no allocation, so 50
 * concurrent hits never wait for each other (a synchronized access-ordered map made every hit a
 * write under one lock).
 *
 * <p>When full, the entries stored longest ago leave first (not the least recently read: with a
 * time to live of seconds the difference hardly matters, and tracking reads would make hits write).
 * A full cache drops the expired entries and then the oldest tenth at once, so that the scan is
 * paid once per many misses rather than on each; misses read the database anyway.
 *
 * @param <K> the key, with value equality
 * @param <V> the kept value
 */
public final class ExpiringCache<K, V> {

  private final long ttlNanos;
  private final int maxEntries;
  private final LongSupplier clock;
  private final Map<K, Kept<V>> entries = new ConcurrentHashMap<>();

  /**
   * A cache of values that expire {@code ttl} after they were stored.
   *
   * @param maxEntries the most values kept; 0 or a zero {@code ttl} keeps none
   * @param clock nanoseconds, as {@link System#nanoTime}
   */
  public ExpiringCache(Duration ttl, int maxEntries, LongSupplier clock) {
    this.ttlNanos = Math.max(0, ttl.toNanos());
    this.maxEntries = Math.max(0, maxEntries);
    this.clock = clock;
  }

  /** Whether anything is kept at all. */
  public boolean enabled() {
    return ttlNanos > 0 && maxEntries > 0;
  }

  /** How long a value is kept. */
  public Duration ttl() {
    return Duration.ofNanos(ttlNanos);
  }

  /** The value kept for {@code key} with the time it was stored, or null (none, or expired). */
  public Kept<V> get(K key) {
    Kept<V> kept = entries.get(key);
    if (kept == null) {
      return null;
    }
    if (expired(kept, clock.getAsLong())) {
      entries.remove(key, kept);
      return null;
    }
    return kept;
  }

  /** Keeps {@code value} for {@code key} from now on, replacing what was kept. */
  public void put(K key, V value) {
    if (!enabled()) {
      return;
    }
    entries.put(key, new Kept<>(value, clock.getAsLong()));
    if (entries.size() > maxEntries) {
      makeRoom();
    }
  }

  /** How many values are kept, expired ones included until they are dropped. */
  public int size() {
    return entries.size();
  }

  /**
   * Nanoseconds {@code kept} has left before it expires (0 when it has expired), as of {@code now}.
   */
  public long remainingNanos(Kept<V> kept, long now) {
    return Math.max(0, kept.storedAt() + ttlNanos - now);
  }

  /** The clock this cache reads, in nanoseconds. */
  public long now() {
    return clock.getAsLong();
  }

  private boolean expired(Kept<V> kept, long now) {
    return now - kept.storedAt() >= ttlNanos;
  }

  private void makeRoom() {
    long now = clock.getAsLong();
    entries.entrySet().removeIf(e -> expired(e.getValue(), now));
    int excess = entries.size() - maxEntries;
    if (excess <= 0) {
      return;
    }
    int drop = Math.min(entries.size(), excess + Math.max(1, maxEntries / 10) - 1);
    List<Map.Entry<K, Kept<V>>> oldest = new ArrayList<>(entries.entrySet());
    oldest.sort(Comparator.comparingLong(e -> e.getValue().storedAt()));
    for (Map.Entry<K, Kept<V>> entry : oldest.subList(0, drop)) {
      entries.remove(entry.getKey(), entry.getValue());
    }
  }

  /**
   * A kept value.
   *
   * @param value what was stored
   * @param storedAt when, on the cache's clock (nanoseconds)
   */
  public record Kept<V>(V value, long storedAt) {}
}
