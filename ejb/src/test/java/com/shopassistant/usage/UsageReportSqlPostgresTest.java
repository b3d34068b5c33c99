package com.shopassistant.usage;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The report statements on PostgreSQL, in a database of its own per test. */
@EnabledIfSystemProperty(
    named = ModelRateDatabase.POSTGRES_URL_PROPERTY,
    matches = "jdbc:postgresql:.+")
class UsageReportSqlPostgresTest extends UsageReportSqlContract {

  @Override
  ModelRateDatabase newDatabase() {
    return ModelRateDatabase.postgres();
  }
}
