package com.shopassistant.assistant.gemini;

import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelCallException.Kind;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SDK failures as {@link ModelCallException}s: 429 → RATE_LIMITED and 5xx → SERVER_ERROR (both
 * {@link RetryableModelCallException}), other 4xx → REJECTED ({@link RejectedModelCallException}),
 * timeouts and connection failures ({@link GenAiIOException}) → TIMEOUT. The messages name the
 * status only: Gemini's own message can quote the request, so it goes to the log, not further.
 */
final class GeminiErrors {

  private static final Logger LOG = Logger.getLogger(GeminiErrors.class.getName());
  private static final int LOGGED_MESSAGE_LENGTH = 300;

  private GeminiErrors() {}

  static ModelCallException map(RuntimeException failure, String model) {
    if (failure instanceof ApiException api) {
      return fromStatus(api, model);
    }
    if (failure instanceof GenAiIOException io) {
      // No answer in time (the SDK's timeout), a refused or broken connection: the cause says
      // which and carries no request data.
      return new ModelCallException(
          Kind.TIMEOUT, 0, "no answer from Gemini (" + model + ")", io.getCause());
    }
    LOG.log(Level.WARNING, "Unexpected failure calling Gemini (" + model + ")", failure);
    return new ModelCallException(
        Kind.SERVER_ERROR, 0, "unexpected failure calling Gemini (" + model + ")", null);
  }

  private static ModelCallException fromStatus(ApiException api, String model) {
    int code = api.code();
    String what = "Gemini (" + model + ") answered " + code + " " + api.status();
    if (code == 429) {
      return new RetryableModelCallException(Kind.RATE_LIMITED, code, what, null);
    }
    if (code >= 500) {
      return new RetryableModelCallException(Kind.SERVER_ERROR, code, what, null);
    }
    LOG.warning(() -> what + ": " + shortened(api.message()));
    return new RejectedModelCallException(code, what, null);
  }

  /**
   * The same failure, no longer retryable: text already reached the customer, and a retry would
   * show it twice.
   */
  static ModelCallException notRetryable(ModelCallException failure) {
    if (!(failure instanceof RetryableModelCallException)) {
      return failure;
    }
    return new ModelCallException(
        failure.kind(),
        failure.status(),
        failure.getMessage() + " after part of the answer was streamed",
        null);
  }

  private static String shortened(String message) {
    if (message == null) {
      return "";
    }
    return message.length() <= LOGGED_MESSAGE_LENGTH
        ? message
        : message.substring(0, LOGGED_MESSAGE_LENGTH) + "...";
  }
}
