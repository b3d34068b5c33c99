package com.shopassistant.assistant.gemini;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Cache names kept in this JVM only: for the gateway outside a container (tests, tools). */
public final class InMemoryContextCacheStore implements ContextCacheStore {

  private final Map<String, ContextCacheEntry> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<ContextCacheEntry> find(String model, String promptHash) {
    return Optional.ofNullable(entries.get(key(model, promptHash)));
  }

  @Override
  public void save(ContextCacheEntry entry) {
    entries.put(key(entry.model(), entry.promptHash()), entry);
  }

  @Override
  public void forget(String model, String promptHash, String name) {
    entries.computeIfPresent(
        key(model, promptHash), (key, kept) -> kept.name().equals(name) ? null : kept);
  }

  private static String key(String model, String promptHash) {
    return model + "\n" + promptHash;
  }
}
