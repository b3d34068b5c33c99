package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminCredentialsTest {

  private static AdminCredentials configured(String username, String password) {
    AdminCredentials credentials = new AdminCredentials();
    credentials.username = username;
    credentials.password = Optional.ofNullable(password);
    return credentials;
  }

  @Test
  void onlyTheConfiguredNameAndPasswordTogetherMatch() {
    AdminCredentials admin = configured("admin", "s3cret-pass");

    assertThat(admin.matches("admin", "s3cret-pass")).isTrue();
    assertThat(admin.matches("admin", "s3cret-pas")).isFalse();
    assertThat(admin.matches("Admin", "s3cret-pass")).isFalse();
    assertThat(admin.matches("root", "s3cret-pass")).isFalse();
    assertThat(admin.matches(null, null)).isFalse();
  }

  @Test
  void withoutAConfiguredPasswordNobodyIsAdministrator() {
    assertThat(configured("admin", null).matches("admin", "")).isFalse();
    assertThat(configured("admin", "").matches("admin", "")).isFalse();
  }
}
