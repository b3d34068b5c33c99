package com.shopassistant.assistant.gemini;

import java.sql.SQLException;

/** The context cache rows on H2 in PostgreSQL mode (the embedded database). */
class ContextCacheSqlH2Test extends ContextCacheSqlContract {

  @Override
  ContextCacheDatabase newDatabase() throws SQLException {
    return ContextCacheDatabase.h2();
  }
}
