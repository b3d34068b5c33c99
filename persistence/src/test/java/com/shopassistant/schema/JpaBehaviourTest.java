package com.shopassistant.schema;

import java.sql.SQLException;

/** Locking, constraints and named queries through JPA on the embedded database. */
class JpaBehaviourTest extends JpaBehaviourContract {

  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.h2();
  }
}
