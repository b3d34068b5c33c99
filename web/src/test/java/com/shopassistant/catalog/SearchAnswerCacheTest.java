package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchAnswerCacheTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicInteger searches = new AtomicInteger();

  private static ProductQuery query(String word) {
    return new ProductQuery(List.of(word), null, null, null, false, null, 1, 20);
  }

  /** A source that answers a word's JSON and counts how often it was asked. */
  private SearchAnswer search(ProductQuery query) {
    int n = searches.incrementAndGet();
    return SearchAnswer.of(
        ("{\"q\":\"" + query.words().get(0) + "\",\"n\":" + n + "}")
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRepeatedSearchGetsTheSameBytesAndTagWithoutSearchingAgain() throws Exception {
    SearchAnswerCache cache = new SearchAnswerCache(Duration.ofSeconds(30), 10, now::get);

    SearchAnswerCache.Served first = cache.answer(query("lamp"), this::search);
    now.addAndGet(Duration.ofMillis(10_500).toNanos());
    SearchAnswerCache.Served again = cache.answer(query("lamp"), this::search);

    assertThat(searches).hasValue(1);
    assertThat(again.answer().body()).isSameAs(first.answer().body());
    assertThat(new String(again.answer().body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"q\":\"lamp\",\"n\":1}");
    assertThat(again.answer().etag()).isEqualTo(first.answer().etag());
    assertThat(first.maxAgeSeconds()).isEqualTo(30);
    assertThat(again.maxAgeSeconds()).as("whole seconds left").isEqualTo(19);
  }

  @Test
  void anExpiredAnswerIsSearchedAgainAndOtherQueriesAreSearchedApart() throws Exception {
    SearchAnswerCache cache = new SearchAnswerCache(Duration.ofSeconds(30), 10, now::get);
    cache.answer(query("lamp"), this::search);
    cache.answer(query("desk"), this::search);
    assertThat(searches).hasValue(2);

    now.addAndGet(Duration.ofSeconds(30).toNanos());
    SearchAnswerCache.Served renewed = cache.answer(query("lamp"), this::search);

    assertThat(searches).hasValue(3);
    assertThat(new String(renewed.answer().body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"q\":\"lamp\",\"n\":3}");
    assertThat(renewed.maxAgeSeconds()).isEqualTo(30);
  }

  @Test
  void turnedOffEverySearchIsSearchedAndNoMaxAgeIsGiven() throws Exception {
    SearchAnswerCache cache = new SearchAnswerCache(Duration.ZERO, 10, now::get);

    cache.answer(query("lamp"), this::search);
    SearchAnswerCache.Served again = cache.answer(query("lamp"), this::search);

    assertThat(searches).hasValue(2);
    assertThat(again.maxAgeSeconds()).isEqualTo(-1);
    assertThat(cache.size()).isZero();
  }

  @Test
  void aRefusedSearchIsNotKept() throws Exception {
    SearchAnswerCache cache = new SearchAnswerCache(Duration.ofSeconds(30), 10, now::get);
    ProductQuery unknown =
        new ProductQuery(List.of(), "no-such-category", null, null, false, null, 1, 20);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(
              () ->
                  cache.answer(
                      unknown,
                      q -> {
                        searches.incrementAndGet();
                        throw new UnknownCategoryException(q.categorySlug());
                      }))
          .isInstanceOf(UnknownCategoryException.class);
    }
    assertThat(searches).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void equalBodiesHaveEqualStrongTagsAndDifferentBodiesDifferentOnes() {
    byte[] body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);

    SearchAnswer one = SearchAnswer.of(body);
    SearchAnswer same = SearchAnswer.of(body.clone());
    SearchAnswer other = SearchAnswer.of("{\"items\":[1]}".getBytes(StandardCharsets.UTF_8));

    assertThat(one.etag()).isEqualTo(same.etag());
    assertThat(one.etag()).isNotEqualTo(other.etag());
    assertThat(one.etag()).matches("[0-9a-f]{32}");
  }
}
