package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginRequestTest {

  @Test
  void theEmailIdentifiesACustomerAndTheUsernameTheAdministrator() {
    assertThat(new LoginRequest(" ana@example.com ", null, "pw").identifier())
        .isEqualTo("ana@example.com");
    assertThat(new LoginRequest(null, "admin", "pw").identifier()).isEqualTo("admin");
    assertThat(new LoginRequest("", "admin", "pw").identifier()).isEqualTo("admin");
  }

  @Test
  void aRequestWithNeitherIsNotIdentified() {
    assertThat(new LoginRequest(null, " ", "pw").isIdentified()).isFalse();
    assertThat(new LoginRequest("a@b.c", null, "pw").isIdentified()).isTrue();
  }

  @Test
  void passwordsNeverAppearInLogs() {
    assertThat(new LoginRequest("a@b.c", null, "hunter22").toString()).doesNotContain("hunter22");
    assertThat(new RegisterRequest("a@b.c", "hunter22", null, null).toString())
        .doesNotContain("hunter22");
  }
}
