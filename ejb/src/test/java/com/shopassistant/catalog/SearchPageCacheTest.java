package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchPageCacheTest {

  private final AtomicLong now = new AtomicLong(1_000);

  private static ProductQuery query(String word) {
    return new ProductQuery(List.of(word), null, null, null, false, null, 1, 20);
  }

  private static ProductPage page(long total) {
    return new ProductPage(List.of(), 1, 20, total);
  }

  @Test
  void aPageIsServedUntilItsTimeIsUp() {
    SearchPageCache cache = new SearchPageCache(Duration.ofSeconds(30), 10, now::get);
    cache.put(query("lamp"), page(7));

    now.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(cache.get(query("lamp"))).contains(page(7));
    assertThat(cache.get(query("desk"))).isEmpty();

    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(cache.get(query("lamp"))).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void equalQueriesShareAPageAndOthersDoNot() {
    SearchPageCache cache = new SearchPageCache(Duration.ofSeconds(30), 10, now::get);
    cache.put(query("lamp"), page(7));

    assertThat(cache.get(new ProductQuery(List.of("lamp"), null, null, null, false, null, 1, 20)))
        .contains(page(7));
    assertThat(cache.get(new ProductQuery(List.of("lamp"), null, null, null, true, null, 1, 20)))
        .isEmpty();
    assertThat(cache.get(new ProductQuery(List.of("lamp"), null, null, null, false, null, 2, 20)))
        .isEmpty();
  }

  @Test
  void thePageStoredLongestAgoMakesRoom() {
    SearchPageCache cache = new SearchPageCache(Duration.ofSeconds(30), 2, now::get);
    cache.put(query("a"), page(1));
    now.addAndGet(1);
    cache.put(query("b"), page(2));
    now.addAndGet(1);
    cache.get(query("a")); // reading does not keep a page longer: reads stay lock-free

    cache.put(query("c"), page(3));

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get(query("a"))).isEmpty();
    assertThat(cache.get(query("b"))).contains(page(2));
    assertThat(cache.get(query("c"))).contains(page(3));
  }

  @Test
  void zeroSecondsOrEntriesTurnItOff() {
    SearchPageCache noTime = new SearchPageCache(Duration.ZERO, 10, now::get);
    SearchPageCache noRoom = new SearchPageCache(Duration.ofSeconds(30), 0, now::get);

    for (SearchPageCache cache : List.of(noTime, noRoom)) {
      cache.put(query("lamp"), page(7));
      assertThat(cache.enabled()).isFalse();
      assertThat(cache.get(query("lamp"))).isEmpty();
      assertThat(cache.size()).isZero();
    }
  }
}
