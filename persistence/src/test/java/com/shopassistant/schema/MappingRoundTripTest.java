package com.shopassistant.schema;

import java.sql.SQLException;

/** The entity mappings on the embedded database: H2 in PostgreSQL mode. */
class MappingRoundTripTest extends MappingContract {

  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.h2();
  }
}
