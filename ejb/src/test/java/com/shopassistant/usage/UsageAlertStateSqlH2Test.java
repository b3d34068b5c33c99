package com.shopassistant.usage;

/** The shared alert state on the embedded H2 (PostgreSQL mode). */
class UsageAlertStateSqlH2Test extends UsageAlertStateSqlContract {

  @Override
  ModelRateDatabase newDatabase() {
    return ModelRateDatabase.h2();
  }
}
