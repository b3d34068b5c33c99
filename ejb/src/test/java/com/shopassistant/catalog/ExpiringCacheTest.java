package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

  private final AtomicLong now = new AtomicLong(5_000);

  @Test
  void aValueIsKeptUntilItsTimeIsUpWithTheTimeItWasStored() {
    ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(30), 10, now::get);
    cache.put("lamp", "page");

    now.addAndGet(Duration.ofSeconds(30).toNanos() - 1);
    ExpiringCache.Kept<String> kept = cache.get("lamp");
    assertThat(kept.value()).isEqualTo("page");
    assertThat(kept.storedAt()).isEqualTo(5_000);
    assertThat(cache.remainingNanos(kept, cache.now())).isEqualTo(1);

    now.incrementAndGet();
    assertThat(cache.get("lamp")).isNull();
    assertThat(cache.size()).as("an expired value is dropped when read").isZero();
  }

  @Test
  void storingAgainStartsTheTimeAgain() {
    ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(30), 10, now::get);
    cache.put("lamp", "old");
    now.addAndGet(Duration.ofSeconds(20).toNanos());
    cache.put("lamp", "new");
    now.addAndGet(Duration.ofSeconds(20).toNanos());

    assertThat(cache.get("lamp").value()).isEqualTo("new");
  }

  @Test
  void aFullCacheDropsExpiredValuesFirstThenTheOldestTenth() {
    ExpiringCache<Integer, String> cache =
        new ExpiringCache<>(Duration.ofSeconds(30), 20, now::get);
    cache.put(-1, "expires");
    now.addAndGet(Duration.ofSeconds(31).toNanos());
    for (int i = 0; i < 20; i++) {
      cache.put(i, "v" + i);
      now.incrementAndGet();
    }
    assertThat(cache.size()).as("the expired value made room").isEqualTo(20);

    cache.put(20, "v20");

    // One over: the two stored longest ago (a tenth of 20) leave at once.
    assertThat(cache.size()).isEqualTo(19);
    assertThat(cache.get(0)).isNull();
    assertThat(cache.get(1)).isNull();
    assertThat(cache.get(2).value()).isEqualTo("v2");
    assertThat(cache.get(20).value()).isEqualTo("v20");
  }

  @Test
  void noTimeOrNoRoomKeepsNothing() {
    for (ExpiringCache<String, String> cache :
        List.of(
            new ExpiringCache<String, String>(Duration.ZERO, 10, now::get),
            new ExpiringCache<String, String>(Duration.ofSeconds(30), 0, now::get))) {
      cache.put("lamp", "page");
      assertThat(cache.enabled()).isFalse();
      assertThat(cache.get("lamp")).isNull();
      assertThat(cache.size()).isZero();
    }
  }

  @Test
  void concurrentReadersAndWritersNeverExceedTheBoundByMuchAndAlwaysSeeWholeValues()
      throws Exception {
    ExpiringCache<Integer, List<Integer>> cache =
        new ExpiringCache<>(Duration.ofSeconds(30), 100, System::nanoTime);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int offset = t;
      workers.add(
          pool.submit(
              () -> {
                start.await();
                int seen = 0;
                for (int i = 0; i < 20_000; i++) {
                  int key = (i * 7 + offset) % 300;
                  cache.put(key, List.of(key, key));
                  ExpiringCache.Kept<List<Integer>> kept = cache.get((key + 1) % 300);
                  if (kept != null) {
                    assertThat(kept.value()).containsExactly((key + 1) % 300, (key + 1) % 300);
                    seen++;
                  }
                }
                return seen;
              }));
    }
    start.countDown();
    int seen = 0;
    for (Future<Integer> worker : workers) {
      seen += worker.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(seen).as("some reads hit").isPositive();
    assertThat(cache.size())
        .as("at most one put per thread past the bound")
        .isLessThanOrEqualTo(104);
  }
}
