package com.shopassistant.usage;

/** The alert statements on the embedded H2 (PostgreSQL mode). */
class BudgetAlertSqlH2Test extends BudgetAlertSqlContract {

  @Override
  ModelRateDatabase newDatabase() {
    return ModelRateDatabase.h2();
  }
}
