package com.shopassistant.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/auth/login}: a customer signs in with {@code email}, the administrator with
 * {@code username} (or its user name in {@code email}).
 */
public record LoginRequest(
    @Size(max = 320) String email,
    @Size(max = 320) String username,
    @NotNull @Size(max = 128) String password) {

  @AssertTrue(message = "give email or username")
  public boolean isIdentified() {
    return identifier() != null;
  }

  String identifier() {
    String value = email != null && !email.isBlank() ? email : username;
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "LoginRequest[email=" + email + ", username=" + username + ", password=<hidden>]";
  }
}
