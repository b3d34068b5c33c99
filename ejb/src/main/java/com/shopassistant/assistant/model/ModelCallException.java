package com.shopassistant.assistant.model;

/**
 * A model call that failed: {@code kind} says how, for retries, the fallback chain and metrics.
 * Never carries the API key or the request text.
 */
public class ModelCallException extends Exception {

  private static final long serialVersionUID = 1L;

  /** How a call failed. */
  public enum Kind {
    /** 429: quota or rate limit at the model's side; worth a retry after a pause. */
    RATE_LIMITED,
    /** 500, 502, 503, 504: the model's side failed; worth a retry. */
    SERVER_ERROR,
    /** No answer in time, or the connection failed. */
    TIMEOUT,
    /** 400 and other client errors: the request itself is wrong; retrying will not help. */
    REJECTED,
    /** The circuit breaker is open or the bulkhead is full: the call was not made. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final int status;

  public ModelCallException(Kind kind, int status, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when there was none (timeout, refused connection). */
  public int status() {
    return status;
  }

  public boolean retryable() {
    return kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR || kind == Kind.TIMEOUT;
  }
}
