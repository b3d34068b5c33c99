package com.shopassistant.usage;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The global model limit's rows on PostgreSQL, in a database of its own per test. */
@EnabledIfSystemProperty(
    named = ModelRateDatabase.POSTGRES_URL_PROPERTY,
    matches = "jdbc:postgresql:.+")
class ModelRateWindowSqlPostgresTest extends ModelRateWindowSqlContract {

  @Override
  ModelRateDatabase newDatabase() {
    return ModelRateDatabase.postgres();
  }
}
