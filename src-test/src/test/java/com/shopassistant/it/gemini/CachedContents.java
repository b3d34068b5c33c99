package com.shopassistant.it.gemini;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake's {@code cachedContents}: what a cache holds (its request body), its model, its expiry
 * and its token count. An expired entry is gone, as at Google.
 */
final class CachedContents {

  private static final Duration DEFAULT_TTL = Duration.ofHours(1);

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  CachedContents(Clock clock) {
    this.clock = clock;
  }

  /** Stores {@code body} (model, contents, systemInstruction, tools, ttl or expireTime...). */
  Entry create(JsonObject body) {
    Instant now = clock.instant();
    String name =
        "cachedContents/" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    Entry entry =
        new Entry(
            name,
            body.getString("model", ""),
            body.getString("displayName", ""),
            body,
            FakeTokens.ofPrompt(body),
            now,
            now,
            expiry(body, now).orElse(now.plus(DEFAULT_TTL)));
    entries.put(name, entry);
    return entry;
  }

  Optional<Entry> get(String name) {
    Entry entry = entries.get(name);
    if (entry != null && !entry.expireTime().isAfter(clock.instant())) {
      entries.remove(name, entry);
      return Optional.empty();
    }
    return Optional.ofNullable(entry);
  }

  /** Sets a new {@code ttl} or {@code expireTime}, as a PATCH does. */
  Optional<Entry> update(String name, JsonObject body) {
    Instant now = clock.instant();
    return get(name)
        .map(
            old -> {
              Entry updated = old.renewed(now, expiry(body, now).orElse(old.expireTime()));
              entries.put(name, updated);
              return updated;
            });
  }

  boolean delete(String name) {
    return get(name).isPresent() && entries.remove(name) != null;
  }

  JsonObject list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    entries.keySet().forEach(name -> get(name).ifPresent(entry -> list.add(entry.toJson())));
    return Json.createObjectBuilder().add("cachedContents", list).build();
  }

  int size() {
    return (int) entries.keySet().stream().filter(name -> get(name).isPresent()).count();
  }

  void clear() {
    entries.clear();
  }

  private static Optional<Instant> expiry(JsonObject body, Instant now) {
    if (body.containsKey("expireTime")) {
      return Optional.of(Instant.parse(body.getString("expireTime")));
    }
    if (body.containsKey("ttl")) {
      String ttl = body.getString("ttl");
      double seconds = Double.parseDouble(ttl.substring(0, ttl.length() - 1));
      return Optional.of(now.plusMillis(Math.round(seconds * 1000)));
    }
    return Optional.empty();
  }

  /** One cached content. {@code tokens} is what it adds to a request's prompt. */
  record Entry(
      String name,
      String model,
      String displayName,
      JsonObject body,
      int tokens,
      Instant createTime,
      Instant updateTime,
      Instant expireTime) {

    Entry renewed(Instant now, Instant newExpiry) {
      return new Entry(name, model, displayName, body, tokens, createTime, now, newExpiry);
    }

    JsonObject toJson() {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("name", name)
              .add("model", model)
              .add("createTime", createTime.toString())
              .add("updateTime", updateTime.toString())
              .add("expireTime", expireTime.toString())
              .add("usageMetadata", Json.createObjectBuilder().add("totalTokenCount", tokens));
      if (!displayName.isEmpty()) {
        json.add("displayName", displayName);
      }
      return json.build();
    }
  }
}
