package com.shopassistant.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/register}. */
public record RegisterRequest(
    @NotBlank @Email @Size(max = 320) String email,
    @NotNull @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password,
    @Size(max = 100) String firstName,
    @Size(max = 100) String lastName) {

  Registration toRegistration() {
    return new Registration(email.strip(), password, blankToNull(firstName), blankToNull(lastName));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + ", password=<hidden>]";
  }
}
