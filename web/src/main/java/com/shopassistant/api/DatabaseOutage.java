package com.shopassistant.api;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, the pool unable to
 * hand out a connection in time) from any other failure: the first is the caller's to retry, so it
 * answers 503 {@code database-unavailable} rather than a 500 incident. Looks through the whole
 * cause chain, as JPA, EclipseLink, the transaction manager and the EJB container each wrap it.
 */
public final class DatabaseOutage {

  /**
   * PostgreSQL's "operator intervention" codes a restart produces: admin_shutdown (57P01),
   * crash_shutdown (57P02), cannot_connect_now (57P03, "the database system is starting up").
   */
  private static final Set<String> RESTART_STATES = Set.of("57P01", "57P02", "57P03");

  private DatabaseOutage() {}

  /** Whether {@code failure} or one of its causes says the database could not be reached. */
  public static boolean isCause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return search(failure, seen);
  }

  private static boolean search(Throwable failure, Set<Throwable> seen) {
    if (failure == null || !seen.add(failure)) {
      return false;
    }
    if (signalsOutage(failure)) {
      return true;
    }
    if (failure instanceof SQLException sql && search(sql.getNextException(), seen)) {
      return true;
    }
    return search(failure.getCause(), seen) || search(internalException(failure), seen);
  }

  private static boolean signalsOutage(Throwable failure) {
    if (failure instanceof SQLTransientConnectionException
        || failure instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (failure instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // Class 08: connection exception (refused, broken, lost mid-statement).
      if (state.startsWith("08") || RESTART_STATES.contains(state)) {
        return true;
      }
    }
    // Liberty's pool, when no connection came free within connectionTimeout.
    return failure.getClass().getSimpleName().equals("ConnectionWaitTimeoutException");
  }

  /**
   * EclipseLink's exceptions keep the driver's failure as their "internal exception", which older
   * code paths do not also set as the cause.
   */
  private static Throwable internalException(Throwable failure) {
    try {
      Method getter = failure.getClass().getMethod("getInternalException");
      Object inner = getter.invoke(failure);
      return inner instanceof Throwable t ? t : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
