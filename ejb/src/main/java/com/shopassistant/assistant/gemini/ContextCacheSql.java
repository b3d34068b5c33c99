package com.shopassistant.assistant.gemini;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The statements behind {@link DatabaseContextCacheStore}, portable between PostgreSQL and H2 in
 * PostgreSQL mode, run through a {@link Database} (JPA native queries in the application, JDBC in
 * tests). Single statements: an insert that loses a race to another instance does nothing and the
 * update after it wins, so concurrent instances never fail each other.
 */
final class ContextCacheSql {

  /** Runs one statement; {@code ?n} is bound to {@code parameters[n - 1]}. */
  interface Database {
    List<Object[]> query(String sql, Object... parameters);

    int update(String sql, Object... parameters);
  }

  static final String FIND =
      "select cache_name, expires_at from gemini_context_cache"
          + " where model = ?1 and prompt_hash = ?2";

  static final String UPDATE =
      "update gemini_context_cache set cache_name = ?3, expires_at = ?4, updated_at ="
          + " current_timestamp where model = ?1 and prompt_hash = ?2";

  static final String INSERT =
      "insert into gemini_context_cache (model, prompt_hash, cache_name, expires_at)"
          + " values (?1, ?2, ?3, ?4) on conflict do nothing";

  static final String FORGET =
      "delete from gemini_context_cache where model = ?1 and prompt_hash = ?2 and cache_name = ?3";

  static final String DELETE_EXPIRED = "delete from gemini_context_cache where expires_at < ?1";

  /** Rows of prompts no longer used (a deployment changed them) go this long after expiring. */
  static final java.time.Duration KEEP_EXPIRED = java.time.Duration.ofDays(1);

  private ContextCacheSql() {}

  static Optional<ContextCacheEntry> find(Database db, String model, String promptHash) {
    List<Object[]> rows = db.query(FIND, model, promptHash);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(new ContextCacheEntry(model, promptHash, (String) row[0], instant(row[1])));
  }

  static void save(Database db, ContextCacheEntry entry, Instant now) {
    Object[] values = {
      entry.model(), entry.promptHash(), entry.name(), entry.expiresAt().atOffset(ZoneOffset.UTC)
    };
    if (db.update(UPDATE, values) == 0 && db.update(INSERT, values) == 0) {
      // Another instance inserted meanwhile: the later cache wins, as with two updates.
      db.update(UPDATE, values);
    }
    db.update(DELETE_EXPIRED, now.minus(KEEP_EXPIRED).atOffset(ZoneOffset.UTC));
  }

  static void forget(Database db, String model, String promptHash, String name) {
    db.update(FORGET, model, promptHash, name);
  }

  /** JDBC drivers and EclipseLink hand a timestamp back in one of these types. */
  static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
