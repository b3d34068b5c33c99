package com.shopassistant.assistant.gemini;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.CachedContent;
import com.google.genai.types.UpdateCachedContentConfig;
import com.shopassistant.assistant.model.ModelRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Keeps each model's system instruction and tools in a Gemini context cache ({@code
 * cachedContents}, TTL {@code gemini.context-cache.ttl}), so requests send only the conversation
 * and the cached tokens are billed at the cached rate. The cache's name is shared by all instances
 * through the {@link ContextCacheStore} and remembered here; it is renewed {@code renew-before} its
 * expiry.
 *
 * <p>Caching never fails a chat: a failed cache call turns caching off for that model for {@code
 * retry-after} and the request goes without; a request finds the cache being created by another
 * thread goes without rather than wait; a prompt below {@code min-tokens} is not cached (Gemini
 * refuses small caches).
 */
@ApplicationScoped
public class GeminiContextCache {

  private static final Logger LOG = Logger.getLogger(GeminiContextCache.class.getName());

  @Inject GeminiSettings settings;
  @Inject ContextCacheStore store;
  @Inject GeminiMetrics metrics;

  Clock clock = Clock.systemUTC();
  private final Map<String, ContextCacheEntry> known = new ConcurrentHashMap<>();
  private final Map<String, Instant> offUntil = new ConcurrentHashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  /** For CDI. */
  protected GeminiContextCache() {}

  GeminiContextCache(GeminiSettings settings, ContextCacheStore store, GeminiMetrics metrics) {
    this.settings = settings;
    this.store = store;
    this.metrics = metrics;
  }

  /** The cache to send {@code request} against, or empty to send instruction and tools inline. */
  Optional<String> nameFor(Client client, ModelRequest request) {
    if (!settings.contextCache()) {
      return Optional.empty();
    }
    CachedPrompt prompt = CachedPrompt.of(request);
    if (prompt.estimatedTokens() < settings.contextCacheMinTokens()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (offUntil.getOrDefault(prompt.model(), Instant.MIN).isAfter(now)) {
      return Optional.empty();
    }
    String key = prompt.model() + "\n" + prompt.hash();
    ContextCacheEntry remembered = known.get(key);
    if (remembered != null && fresh(remembered, now)) {
      metrics.contextCache("hit");
      return Optional.of(remembered.name());
    }
    if (!inFlight.add(key)) {
      metrics.contextCache("miss");
      return Optional.empty();
    }
    try {
      return Optional.of(refresh(client, prompt, key, now));
    } catch (RuntimeException e) {
      offUntil.put(prompt.model(), now.plus(settings.contextCacheRetryAfter()));
      metrics.contextCache("error");
      LOG.warning(
          () ->
              "Gemini context cache for "
                  + prompt.model()
                  + " failed ("
                  + e.getClass().getSimpleName()
                  + "); requests go without it for "
                  + settings.contextCacheRetryAfter());
      return Optional.empty();
    } finally {
      inFlight.remove(key);
    }
  }

  /**
   * Forgets a cache Gemini no longer knows (it answered 4xx to a request naming it), so the next
   * request creates a new one.
   */
  void forget(ModelRequest request, String name) {
    CachedPrompt prompt = CachedPrompt.of(request);
    known.remove(prompt.model() + "\n" + prompt.hash());
    try {
      store.forget(prompt.model(), prompt.hash(), name);
    } catch (RuntimeException e) {
      LOG.warning("Could not forget a Gemini context cache: " + e.getClass().getSimpleName());
    }
  }

  /** The store's cache if fresh, else the stored one renewed, else a new one. */
  private String refresh(Client client, CachedPrompt prompt, String key, Instant now) {
    Optional<ContextCacheEntry> stored = store.find(prompt.model(), prompt.hash());
    ContextCacheEntry entry;
    if (stored.isPresent() && fresh(stored.get(), now)) {
      entry = stored.get();
      metrics.contextCache("hit");
    } else {
      entry = stored.flatMap(old -> renewed(client, old)).orElse(null);
      if (entry == null) {
        entry = created(client, prompt, now);
        metrics.contextCache("miss");
      } else {
        metrics.contextCache("hit");
      }
      store.save(entry);
    }
    known.put(key, entry);
    return entry.name();
  }

  private boolean fresh(ContextCacheEntry entry, Instant now) {
    return entry.expiresAt().minus(settings.contextCacheRenewBefore()).isAfter(now);
  }

  /** The cache with a new TTL, or empty if Gemini no longer has it. */
  private Optional<ContextCacheEntry> renewed(Client client, ContextCacheEntry old) {
    if (!old.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    try {
      CachedContent cache =
          client.caches.update(
              old.name(),
              UpdateCachedContentConfig.builder().ttl(settings.contextCacheTtl()).build());
      return Optional.of(
          new ContextCacheEntry(
              old.model(), old.promptHash(), old.name(), expiry(cache, clock.instant())));
    } catch (ClientException gone) {
      return Optional.empty();
    }
  }

  private ContextCacheEntry created(Client client, CachedPrompt prompt, Instant now) {
    CachedContent cache =
        client.caches.create(prompt.model(), prompt.createConfig(settings.contextCacheTtl()));
    String name =
        cache.name().orElseThrow(() -> new IllegalStateException("Gemini named no cache"));
    LOG.info(() -> "Gemini context cache " + name + " created for " + prompt.model());
    return new ContextCacheEntry(prompt.model(), prompt.hash(), name, expiry(cache, now));
  }

  private Instant expiry(CachedContent cache, Instant now) {
    return cache.expireTime().orElse(now.plus(settings.contextCacheTtl()));
  }
}
