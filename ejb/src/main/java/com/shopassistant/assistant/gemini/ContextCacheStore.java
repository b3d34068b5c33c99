package com.shopassistant.assistant.gemini;

import java.util.Optional;

/**
 * Where the names of context caches are kept so that every instance uses the same cache: in
 * PostgreSQL in the application ({@link DatabaseContextCacheStore}), in memory outside it ({@link
 * InMemoryContextCacheStore}). Implementations may throw runtime exceptions; the cache then goes
 * without for a while, it never fails a chat.
 */
public interface ContextCacheStore {

  Optional<ContextCacheEntry> find(String model, String promptHash);

  /** Keeps {@code entry} as the cache of its model and prompt, replacing any other. */
  void save(ContextCacheEntry entry);

  /** Forgets the cache {@code name} of this model and prompt, if it is still the one kept. */
  void forget(String model, String promptHash, String name);
}
