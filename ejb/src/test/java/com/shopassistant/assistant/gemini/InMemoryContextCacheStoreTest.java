package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The in-memory store keeps one cache per model and prompt and forgets only the named one. */
class InMemoryContextCacheStoreTest {

  @Test
  void keepsTheLatestAndForgetsOnlyByName() {
    InMemoryContextCacheStore store = new InMemoryContextCacheStore();
    ContextCacheEntry a = new ContextCacheEntry("m", "h", "cachedContents/a", Instant.EPOCH);
    ContextCacheEntry b = new ContextCacheEntry("m", "h", "cachedContents/b", Instant.EPOCH);

    store.save(a);
    store.save(b);
    store.forget("m", "h", "cachedContents/a");

    assertThat(store.find("m", "h")).contains(b);
    assertThat(store.find("other", "h")).isEmpty();
    store.forget("m", "h", "cachedContents/b");
    assertThat(store.find("m", "h")).isEmpty();
  }
}
