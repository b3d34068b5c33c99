package com.shopassistant.catalog;

import java.sql.SQLException;

/** The search on the embedded database: H2 in PostgreSQL mode, which reads every row. */
class SearchSqlH2Test extends SearchSqlContract {

  @Override
  SearchDatabase newDatabase() throws SQLException {
    return SearchDatabase.h2();
  }
}
