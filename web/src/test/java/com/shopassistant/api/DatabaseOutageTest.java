package com.shopassistant.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures answer 503 database-unavailable rather than a 500 incident. */
class DatabaseOutageTest {

  @Test
  void connectionRefusedDeepInTheChainIsAnOutage() {
    SQLException refused = new SQLException("Connection to 127.0.0.1:5444 refused", "08001");
    Throwable wrapped =
        new EJBException(new PersistenceException("Exception [EclipseLink-4002]", refused));

    assertThat(DatabaseOutage.isCause(wrapped)).isTrue();
  }

  @Test
  void aRestartingServerIsAnOutage() {
    assertThat(DatabaseOutage.isCause(new SQLException("terminating connection", "57P01")))
        .isTrue();
    assertThat(DatabaseOutage.isCause(new SQLException("the database is starting up", "57P03")))
        .isTrue();
  }

  @Test
  void theDriversConnectionExceptionsAreOutagesWhateverTheirState() {
    assertThat(DatabaseOutage.isCause(new SQLTransientConnectionException("pool"))).isTrue();
  }

  @Test
  void thePoolWaitingInVainIsAnOutage() {
    assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectionWaitTimeoutException())))
        .isTrue();
  }

  @Test
  void anEclipseLinkInternalExceptionIsFollowed() {
    assertThat(DatabaseOutage.isCause(new WithInternal(new SQLException("I/O error", "08006"))))
        .isTrue();
  }

  @Test
  void aChainedNextExceptionIsFollowed() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "HY000");
    batch.setNextException(new SQLException("An I/O error occurred", "08006"));

    assertThat(DatabaseOutage.isCause(batch)).isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNotOutages() {
    SQLException duplicate = new SQLException("duplicate key value", "23505");

    assertThat(DatabaseOutage.isCause(new PersistenceException(duplicate))).isFalse();
    assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
    assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void aCauseCycleEnds() {
    RuntimeException first = new RuntimeException("first");
    WithInternal second = new WithInternal(first);
    first.initCause(second);

    assertThat(DatabaseOutage.isCause(first)).isFalse();
  }

  /** Named as Liberty's pool exception, which the web module cannot see at compile time. */
  static final class ConnectionWaitTimeoutException extends Exception {}

  /** Like EclipseLink's exceptions: the driver's failure as an internal exception, not a cause. */
  public static final class WithInternal extends RuntimeException {
    private final Throwable internal;

    WithInternal(Throwable internal) {
      this.internal = internal;
    }

    public Throwable getInternalException() {
      return internal;
    }
  }
}
