package com.shopassistant.it.reliability;

/**
 * One request a simulated customer made.
 *
 * @param startMillis when it was sent, in milliseconds since the run began
 * @param millis how long it took until the whole answer was read
 * @param chat a chat turn (else a non-chat API call)
 * @param endpoint a short label, e.g. {@code GET /products}
 * @param status the HTTP status, or 0 when no answer came (connection failed, client timeout)
 * @param problemType the problem+json {@code type} of a failure, else null
 * @param retryAfter the failure carried a Retry-After header
 * @param answered for a chat turn: 200 with a non-empty reply
 * @param model for a chat turn answered: the model that wrote the reply ({@code offline} when the
 *     fallback did)
 */
public record Call(
    long startMillis,
    double millis,
    boolean chat,
    String endpoint,
    int status,
    String problemType,
    boolean retryAfter,
    boolean answered,
    String model) {

  public boolean failed() {
    return status < 200 || status >= 300;
  }

  public boolean databaseUnavailable() {
    return status == 503
        && retryAfter
        && "urn:shop-assistant:problem:database-unavailable".equals(problemType);
  }
}
