package com.shopassistant.schema;

import java.sql.SQLException;

/** The catalog's queries on the embedded database. */
class CatalogQueryTest extends CatalogQueryContract {

  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.h2();
  }
}
