package com.shopassistant.assistant.tool;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code Idempotency-Key} the assistant's checkout confirm sends: derived from the confirmation
 * token alone, so a confirm repeated by the model, a retried turn or another instance sends the
 * same key and gets the same order back, never a second one. Hashed so the key stored on the order
 * does not reveal the token.
 */
final class IdempotencyKeys {

  static final String PREFIX = "chat-";

  private IdempotencyKeys() {}

  /** "chat-" and the first 32 hex digits of the token's SHA-256. */
  static String forToken(String confirmationToken) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(confirmationToken.strip().getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
