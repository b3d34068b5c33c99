package com.shopassistant.schema;

import java.sql.SQLException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The same migration, constraint, mapping and JPA behaviour contracts on a real PostgreSQL, each
 * test in a database of its own. Opt-in because unit tests need no server: run with {@code
 * -Dshop.test.postgres.url=jdbc:postgresql://127.0.0.1:5432/postgres} (and {@code
 * shop.test.postgres.user}/{@code .password} when not {@code postgres} with no password).
 */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_URL_PROPERTY, matches = "jdbc:postgresql:.+")
class PostgresDatabaseTest {

  @Nested
  class Migration extends MigrationContract {
    @Override
    TestDatabase newDatabase() throws SQLException {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Constraints extends ConstraintContract {
    @Override
    TestDatabase newDatabase() throws SQLException {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class JpaBehaviour extends JpaBehaviourContract {
    @Override
    TestDatabase newDatabase() throws SQLException {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Mapping extends MappingContract {
    @Override
    TestDatabase newDatabase() throws SQLException {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class AccountQueries extends AccountQueryContract {
    @Override
    TestDatabase newDatabase() throws SQLException {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class CatalogQueries extends CatalogQueryContract {
    @Override
    TestDatabase newDatabase() throws SQLException {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class SupportQueries extends SupportQueryContract {
    @Override
    TestDatabase newDatabase() throws SQLException {
      return TestDatabase.postgres();
    }
  }
}
