package com.shopassistant.usage;

/** The report statements on the embedded H2 (PostgreSQL mode) of a server without a database. */
class UsageReportSqlH2Test extends UsageReportSqlContract {

  @Override
  ModelRateDatabase newDatabase() {
    return ModelRateDatabase.h2();
  }
}
