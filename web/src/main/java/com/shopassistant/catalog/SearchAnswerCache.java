package com.shopassistant.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Answers of {@code GET /api/v1/products} kept as the bytes sent, under the settings of the search
 * page cache ({@code shop.catalog.search-cache-seconds}, {@code -entries}): a repeated search is
 * then neither searched nor turned into JSON again, the costliest parts of a hit once the database
 * is out of the way (see {@code docs/benchmarks/catalog-search.md}). Hits are a lock-free map read
 * ({@link ExpiringCache}). The pages come from {@link CatalogService#searchUncached}, so an answer
 * is at most that many seconds older than the database. Hits and misses count in the same metrics
 * as the service's own page cache ({@link SearchPageCache#HITS}).
 */
@ApplicationScoped
public class SearchAnswerCache {

  /** How long an answer is sent again; 0 turns keeping answers off. */
  @Inject
  @ConfigProperty(name = SearchPageCache.SECONDS_KEY, defaultValue = "30")
  int seconds;

  /** The most answers kept (about 7 KB each at 20 products a page). */
  @Inject
  @ConfigProperty(name = SearchPageCache.ENTRIES_KEY, defaultValue = "1000")
  int maxEntries;

  @Inject Instance<MetricRegistry> metrics;

  private LongSupplier clock = System::nanoTime;
  private ExpiringCache<ProductQuery, SearchAnswer> answers;
  private Counter hits;
  private Counter misses;

  /** For CDI. */
  protected SearchAnswerCache() {}

  /** A cache on its own, for tests: {@code clock} gives nanoseconds. */
  SearchAnswerCache(Duration ttl, int maxEntries, LongSupplier clock) {
    this.seconds = (int) ttl.toSeconds();
    this.maxEntries = maxEntries;
    this.clock = clock;
    start();
  }

  @PostConstruct
  void start() {
    answers = new ExpiringCache<>(Duration.ofSeconds(Math.max(0, seconds)), maxEntries, clock);
    if (metrics != null && metrics.isResolvable()) {
      hits = metrics.get().counter(SearchPageCache.HITS);
      misses = metrics.get().counter(SearchPageCache.MISSES);
    }
  }

  /** How answers are made on a miss. */
  @FunctionalInterface
  interface Source {
    SearchAnswer answer(ProductQuery query) throws UnknownCategoryException;
  }

  /**
   * The answer to {@code query}: the one kept, or a new one from {@code source}, then kept.
   *
   * @return the answer, with how many whole seconds it may still be reused; -1 when answers are not
   *     kept at all
   */
  Served answer(ProductQuery query, Source source) throws UnknownCategoryException {
    if (!answers.enabled()) {
      return new Served(source.answer(query), -1);
    }
    ExpiringCache.Kept<SearchAnswer> kept = answers.get(query);
    if (kept != null) {
      count(hits);
      long left = answers.remainingNanos(kept, answers.now());
      return new Served(kept.value(), TimeUnit.NANOSECONDS.toSeconds(left));
    }
    count(misses);
    SearchAnswer made = source.answer(query);
    answers.put(query, made);
    return new Served(made, answers.ttl().toSeconds());
  }

  int size() {
    return answers.size();
  }

  private static void count(Counter counter) {
    if (counter != null) {
      counter.inc();
    }
  }

  /**
   * An answer to send.
   *
   * @param answer the body and its tag
   * @param maxAgeSeconds how long a client may reuse it, or -1 when this instance keeps none
   */
  record Served(SearchAnswer answer, long maxAgeSeconds) {}
}
