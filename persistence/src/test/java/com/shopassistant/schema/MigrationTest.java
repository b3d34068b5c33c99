package com.shopassistant.schema;

import java.sql.SQLException;

/** The migrations on the embedded database: H2 in PostgreSQL mode. */
class MigrationTest extends MigrationContract {

  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.h2();
  }
}
