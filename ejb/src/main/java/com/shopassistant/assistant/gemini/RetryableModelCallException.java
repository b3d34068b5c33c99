package com.shopassistant.assistant.gemini;

import com.shopassistant.assistant.model.ModelCallException;

/**
 * A failed call worth making again at once: 429 (rate limited) or a 5xx server error, before any
 * text reached the customer. Fault Tolerance's {@code @Retry} names classes, so this class is what
 * it retries on.
 */
public class RetryableModelCallException extends ModelCallException {

  private static final long serialVersionUID = 1L;

  public RetryableModelCallException(Kind kind, int status, String message, Throwable cause) {
    super(kind, status, message, cause);
  }
}
