package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the context cache rows must do on every database the application runs on. */
abstract class ContextCacheSqlContract {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private ContextCacheDatabase db;

  abstract ContextCacheDatabase newDatabase() throws SQLException;

  @BeforeEach
  void open() throws SQLException {
    db = newDatabase();
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @Test
  void savesFindsAndReplacesTheCacheOfAModelAndPrompt() {
    ContextCacheEntry first = entry("gemini-2.5-flash", "h1", "cachedContents/a", 3600);
    ContextCacheEntry second = entry("gemini-2.5-flash", "h1", "cachedContents/b", 7200);

    ContextCacheSql.save(db, first, NOW);
    assertThat(ContextCacheSql.find(db, "gemini-2.5-flash", "h1")).contains(first);
    ContextCacheSql.save(db, second, NOW);

    assertThat(ContextCacheSql.find(db, "gemini-2.5-flash", "h1")).contains(second);
    assertThat(ContextCacheSql.find(db, "gemini-2.5-pro", "h1")).isEmpty();
    assertThat(ContextCacheSql.find(db, "gemini-2.5-flash", "h2")).isEmpty();
  }

  @Test
  void forgetsOnlyTheNamedCache() {
    ContextCacheSql.save(db, entry("m", "h", "cachedContents/new", 3600), NOW);

    ContextCacheSql.forget(db, "m", "h", "cachedContents/old");
    assertThat(ContextCacheSql.find(db, "m", "h")).isPresent();
    ContextCacheSql.forget(db, "m", "h", "cachedContents/new");

    assertThat(ContextCacheSql.find(db, "m", "h")).isEmpty();
  }

  @Test
  void rowsADayPastTheirExpiryGoWhenACacheIsSaved() {
    ContextCacheSql.save(db, entry("old-model", "h", "cachedContents/old", -2 * 86_400), NOW);
    ContextCacheSql.save(db, entry("recent-model", "h", "cachedContents/r", -3_600), NOW);

    ContextCacheSql.save(db, entry("m", "h", "cachedContents/x", 3600), NOW);

    assertThat(ContextCacheSql.find(db, "old-model", "h")).isEmpty();
    assertThat(ContextCacheSql.find(db, "recent-model", "h")).isPresent();
  }

  private static ContextCacheEntry entry(String model, String hash, String name, long seconds) {
    return new ContextCacheEntry(
        model, hash, name, NOW.plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS));
  }
}
