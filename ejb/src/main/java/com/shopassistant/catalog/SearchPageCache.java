package com.shopassistant.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
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
 * database. Bounded by {@code shop.catalog.search-cache-entries}, the oldest first out ({@link
 * ExpiringCache}). Each instance has its own; hits and misses are counted in MicroProfile Metrics
 * ({@value #HITS}, {@value #MISSES}), together with those of the REST API's answer cache, which
 * keeps the same searches as JSON under the same settings.
 */
@ApplicationScoped
public class SearchPageCache {

  /** The setting of how long a page is kept, in seconds. */
  public static final String SECONDS_KEY = "shop.catalog.search-cache-seconds";

  /** The setting of how many pages are kept. */
  public static final String ENTRIES_KEY = "shop.catalog.search-cache-entries";

  /** The counter of searches answered from memory. */
  public static final String HITS = "catalog.search.cache.hits";

  /** The counter of searches that had to read the database. */
  public static final String MISSES = "catalog.search.cache.misses";

  /** How long a page is served from memory; 0 turns the cache off. */
  @Inject
  @ConfigProperty(name = SECONDS_KEY, defaultValue = "30")
  int seconds;

  /** The most pages kept (about 10 KB each at 20 products a page). */
  @Inject
  @ConfigProperty(name = ENTRIES_KEY, defaultValue = "1000")
  int maxEntries;

  @Inject Instance<MetricRegistry> metrics;

  private LongSupplier clock = System::nanoTime;
  private ExpiringCache<ProductQuery, ProductPage> pages;
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
    pages = new ExpiringCache<>(Duration.ofSeconds(Math.max(0, seconds)), maxEntries, clock);
    if (metrics != null && metrics.isResolvable()) {
      hits = metrics.get().counter(HITS);
      misses = metrics.get().counter(MISSES);
    }
  }

  /** Whether pages are kept at all. */
  public boolean enabled() {
    return pages.enabled();
  }

  /** The page kept for {@code query}, unless it is older than the time to live. */
  public Optional<ProductPage> get(ProductQuery query) {
    if (!enabled()) {
      return Optional.empty();
    }
    ExpiringCache.Kept<ProductPage> kept = pages.get(query);
    count(kept == null ? misses : hits);
    return kept == null ? Optional.empty() : Optional.of(kept.value());
  }

  public void put(ProductQuery query, ProductPage page) {
    pages.put(query, page);
  }

  int size() {
    return pages.size();
  }

  private static void count(Counter counter) {
    if (counter != null) {
      counter.inc();
    }
  }
}
