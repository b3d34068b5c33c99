package com.shopassistant.usage;

import jakarta.ejb.ApplicationException;

/**
 * The rate-limit counters could not be read or written (the database is down or saturated). The
 * caller decides what to do; the web filter lets the request through rather than take the whole API
 * down with the database. An application exception, so the container does not log it as a system
 * failure on every request while the database is away.
 */
@ApplicationException(rollback = true)
public class RateLimitUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public RateLimitUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
