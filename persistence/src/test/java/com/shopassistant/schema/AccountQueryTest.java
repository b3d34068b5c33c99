package com.shopassistant.schema;

import java.sql.SQLException;

/** The account API's queries on the embedded database. */
class AccountQueryTest extends AccountQueryContract {

  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.h2();
  }
}
