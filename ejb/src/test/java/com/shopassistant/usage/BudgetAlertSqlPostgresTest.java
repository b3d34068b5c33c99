package com.shopassistant.usage;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The alert statements on PostgreSQL, in a database of its own per test. */
@EnabledIfSystemProperty(
    named = ModelRateDatabase.POSTGRES_URL_PROPERTY,
    matches = "jdbc:postgresql:.+")
class BudgetAlertSqlPostgresTest extends BudgetAlertSqlContract {

  @Override
  ModelRateDatabase newDatabase() {
    return ModelRateDatabase.postgres();
  }
}
