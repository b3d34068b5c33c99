package com.shopassistant.schema;

import java.sql.SQLException;

/** The support queue's table and query on the embedded database. */
class SupportQueryTest extends SupportQueryContract {

  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.h2();
  }
}
