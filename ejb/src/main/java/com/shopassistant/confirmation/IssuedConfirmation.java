package com.shopassistant.confirmation;

import java.time.OffsetDateTime;

/**
 * A confirmation token as handed to the customer (only its hash is stored).
 *
 * @param token the secret to send back with the confirm step
 * @param expiresAt after this the confirm step refuses it
 */
public record IssuedConfirmation(String token, OffsetDateTime expiresAt) {

  @Override
  public String toString() {
    return "IssuedConfirmation[token=<hidden>, expiresAt=" + expiresAt + "]";
  }
}
