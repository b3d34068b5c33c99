package com.shopassistant.assistant.gemini;

import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The context cache rows on PostgreSQL, in a database of its own per test. */
@EnabledIfSystemProperty(
    named = ContextCacheDatabase.POSTGRES_URL_PROPERTY,
    matches = "jdbc:postgresql:.+")
class ContextCacheSqlPostgresTest extends ContextCacheSqlContract {

  @Override
  ContextCacheDatabase newDatabase() throws SQLException {
    return ContextCacheDatabase.postgres();
  }
}
