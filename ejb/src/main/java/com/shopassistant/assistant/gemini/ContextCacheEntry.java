package com.shopassistant.assistant.gemini;

import java.time.Instant;
import java.util.Objects;

/**
 * A Gemini context cache known to hold a model's system instruction and tools.
 *
 * @param model the model it was made for (a cache serves only its own model)
 * @param promptHash the SHA-256 of what it holds, so a changed prompt or tool gets a new cache
 * @param name Gemini's name for it, {@code cachedContents/...}
 * @param expiresAt when Gemini deletes it unless renewed
 */
public record ContextCacheEntry(String model, String promptHash, String name, Instant expiresAt) {

  public ContextCacheEntry {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(promptHash, "promptHash");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
