package com.shopassistant.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 (HMAC-SHA-512, a random 32-byte salt per
 * password). The stored form names algorithm, iterations and salt, so raising the iteration count
 * later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

  /** PBKDF2 iterations for new hashes (OWASP's 2023 advice for HMAC-SHA-512: 210,000). */
  @Inject
  @ConfigProperty(name = "shop.password.iterations", defaultValue = "210000")
  int iterations;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Verified instead when an account does not exist, so that a miss costs what a hit costs. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("not a real password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /** Whether {@code password} matches {@code storedHash}; a missing hash never matches. */
  public boolean matches(String password, String storedHash) {
    if (storedHash == null) {
      pbkdf2.verify(password.toCharArray(), decoy);
      return false;
    }
    try {
      return pbkdf2.verify(password.toCharArray(), storedHash);
    } catch (IllegalArgumentException e) {
      // A hash in a form we did not write (e.g. imported) is not a match.
      return false;
    }
  }
}
