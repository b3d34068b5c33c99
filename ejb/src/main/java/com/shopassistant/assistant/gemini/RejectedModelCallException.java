package com.shopassistant.assistant.gemini;

import com.shopassistant.assistant.model.ModelCallException;

/**
 * A call Gemini refused or answered with nothing usable: a 4xx other than 429 (a bad request, a
 * wrong key), a blocked prompt, an empty candidate. Kind {@link Kind#REJECTED}; not retried, and
 * not counted against the circuit breaker, since it says nothing about Gemini being down.
 */
public class RejectedModelCallException extends ModelCallException {

  private static final long serialVersionUID = 1L;

  public RejectedModelCallException(int status, String message, Throwable cause) {
    super(Kind.REJECTED, status, message, cause);
  }
}
