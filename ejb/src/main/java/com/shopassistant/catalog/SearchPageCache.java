package com.shopassistant.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Search pages answered lately, kept in this JVM for a short time: a popular search costs the
 * database once per {@code shop.catalog.search-cache-seconds} instead of once per request. A page
 * can therefore be that old (a product added, withdrawn or sold out meanwhile shows up late in
 * lists); one product's page ({@code /api/v1/products/{id}}), the cart and checkout always read the
 * database. Bounded by {@code shop.catalog.search-cache-entries}, least recently used first out.
 * Each instance has its own; hits and misses are counted in MicroProfile Metrics ({@code
 * catalog.search.cache.hits}, {@code .misses}).
 */
@ApplicationScoped
public class SearchPageCache {

  /** How long a page is served from memory; 0 turns the cache off. */
  @Inject
  @ConfigProperty(name = "shop.catalog.search-cache-seconds", defaultValue = "30")
  int seconds;

  /** The most pages kept (about 10 KB each at 20 products a page). */
  @Inject
  @ConfigProperty(name = "shop.catalog.search-cache-entries", defaultValue = "1000")
  int maxEntries;

  @Inject Instance<MetricRegistry> metrics;

  private long ttlNanos;
  private LongSupplier clock = System::nanoTime;
  private Map<ProductQuery, Entry> pages;
  private Counter hits;
  private Counter misses;

  /** For CDI. */
  protected SearchPageCache() {}

  /** A cache on its own, for tests: {@code clock} gives nanoseconds. */
  SearchPageCache(Duration ttl, int maxEntries, LongSupplier clock) {
    this.seconds = (int) ttl.toSeconds();
    this.maxEntries = maxEntries;
    this.clock = clock;
    start();
  }

  @PostConstruct
  void start() {
    ttlNanos = Duration.ofSeconds(Math.max(0, seconds)).toNanos();
    int bound = Math.max(0, maxEntries);
    pages =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<ProductQuery, Entry> eldest) {
            return size() > bound;
          }
        };
    if (metrics != null && metrics.isResolvable()) {
      hits = metrics.get().counter("catalog.search.cache.hits");
      misses = metrics.get().counter("catalog.search.cache.misses");
    }
  }

  /** Whether pages are kept at all. */
  public boolean enabled() {
    return ttlNanos > 0 && maxEntries > 0;
  }

  /** The page kept for {@code query}, unless it is older than the time to live. */
  public Optional<ProductPage> get(ProductQuery query) {
    if (!enabled()) {
      return Optional.empty();
    }
    Entry entry;
    synchronized (this) {
      entry = pages.get(query);
      if (entry != null && clock.getAsLong() - entry.storedAt() >= ttlNanos) {
        pages.remove(query);
        entry = null;
      }
    }
    count(entry == null ? misses : hits);
    return Optional.ofNullable(entry).map(Entry::page);
  }

  public void put(ProductQuery query, ProductPage page) {
    if (enabled()) {
      synchronized (this) {
        pages.put(query, new Entry(page, clock.getAsLong()));
      }
    }
  }

  synchronized int size() {
    return pages.size();
  }

  private static void count(Counter counter) {
    if (counter != null) {
      counter.inc();
    }
  }

  private record Entry(ProductPage page, long storedAt) {}
}
