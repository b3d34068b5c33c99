package com.shopassistant.security;

/**
 * What a new account is made of (already validated for shape by the API).
 *
 * @param email the sign-in name
 * @param password in clear, only ever hashed
 * @param firstName may be null
 * @param lastName may be null
 */
public record Registration(String email, String password, String firstName, String lastName) {

  @Override
  public String toString() {
    return "Registration[email=" + email + ", password=<hidden>]";
  }
}
