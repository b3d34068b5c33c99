package com.shopassistant.usage;

/** The global model limit's rows on the embedded H2 (PostgreSQL mode) of a server without one. */
class ModelRateWindowSqlH2Test extends ModelRateWindowSqlContract {

  @Override
  ModelRateDatabase newDatabase() {
    return ModelRateDatabase.h2();
  }
}
