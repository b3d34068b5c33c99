package com.shopassistant.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A migrated database and the {@code shop} unit on it, fresh for every test. */
abstract class JpaContract {

  private TestDatabase database;
  private EntityManagerFactory emf;
  EntityManager em;

  abstract TestDatabase newDatabase() throws SQLException;

  @BeforeEach
  void bootstrap() throws SQLException {
    database = newDatabase();
    database.migrate();
    emf = database.entityManagerFactory();
    em = emf.createEntityManager();
  }

  @AfterEach
  void shutDown() throws SQLException {
    em.close();
    emf.close();
    database.close();
  }

  /** Runs {@code work} in a committed transaction, then clears the persistence context. */
  void inTransaction(Consumer<EntityManager> work) {
    em.getTransaction().begin();
    try {
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
    em.clear();
  }

  <T> T single(String query, Class<T> type, String param, Object value) {
    return em.createNamedQuery(query, type).setParameter(param, value).getSingleResult();
  }
}
