package com.shopassistant.usage;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The shared alert state on PostgreSQL, in a database of its own per test. */
@EnabledIfSystemProperty(
    named = ModelRateDatabase.POSTGRES_URL_PROPERTY,
    matches = "jdbc:postgresql:.+")
class UsageAlertStateSqlPostgresTest extends UsageAlertStateSqlContract {

  @Override
  ModelRateDatabase newDatabase() {
    return ModelRateDatabase.postgres();
  }
}
