package com.shopassistant.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrator's credentials: the same {@code ADMIN_USERNAME} / {@code ADMIN_PASSWORD} that
 * Liberty's registry uses for the admin center, so one person administers both. No password
 * configured means nobody can sign in as administrator.
 */
@ApplicationScoped
public class AdminCredentials {

  /** The administrator's user name (also the admin center's). */
  @Inject
  @ConfigProperty(name = "ADMIN_USERNAME", defaultValue = "admin")
  String username;

  /** The administrator's password; unset or empty disables administrator sign-in. */
  @Inject
  @ConfigProperty(name = "ADMIN_PASSWORD")
  Optional<String> password;

  public String username() {
    return username;
  }

  /**
   * Whether {@code name} / {@code candidate} are the administrator's, compared in constant time.
   */
  public boolean matches(String name, String candidate) {
    String expected = password.orElse("");
    if (expected.isEmpty() || name == null || candidate == null) {
      return false;
    }
    boolean nameMatches = MessageDigest.isEqual(digest(name), digest(username));
    boolean passwordMatches = MessageDigest.isEqual(digest(candidate), digest(expected));
    return nameMatches & passwordMatches;
  }

  private static byte[] digest(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
