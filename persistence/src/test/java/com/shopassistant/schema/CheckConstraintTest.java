package com.shopassistant.schema;

import java.sql.SQLException;

/** The schema's constraints on the embedded database: H2 in PostgreSQL mode. */
class CheckConstraintTest extends ConstraintContract {

  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.h2();
  }
}
