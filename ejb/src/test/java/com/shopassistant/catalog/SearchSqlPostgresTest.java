package com.shopassistant.catalog;

import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The search on PostgreSQL, with the trigram indexes of migration V5.1, each test in a database of
 * its own. The build points {@code shop.test.postgres.url} at the test suite's server.
 */
@EnabledIfSystemProperty(
    named = SearchDatabase.POSTGRES_URL_PROPERTY,
    matches = "jdbc:postgresql:.+")
class SearchSqlPostgresTest extends SearchSqlContract {

  @Override
  SearchDatabase newDatabase() throws SQLException {
    return SearchDatabase.postgres();
  }
}
