package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  private static final RSAKey FROM_ENV = PemKeys.generate();
  private static final RSAKey FROM_FILE = PemKeys.generate();

  @TempDir Path dir;

  private static SigningKeys keys(Optional<String> pem, Optional<String> file) {
    SigningKeys keys = new SigningKeys();
    keys.configuredPem = pem;
    keys.configuredFile = file;
    keys.previousPublicKeys = Optional.empty();
    return keys;
  }

  @Test
  void aMountedSecretFileSignsWhenNoPemIsGivenInline() throws Exception {
    Path secret = Files.writeString(dir.resolve("jwt-key.pem"), PemKeys.toPem(FROM_FILE));

    SigningKeys keys = keys(Optional.empty(), Optional.of(secret.toString()));

    assertThat(keys.active().getKeyID()).isEqualTo(FROM_FILE.getKeyID());
  }

  @Test
  void theInlinePemWinsOverTheFile() throws Exception {
    Path secret = Files.writeString(dir.resolve("jwt-key.pem"), PemKeys.toPem(FROM_FILE));

    SigningKeys keys = keys(Optional.of(PemKeys.toPem(FROM_ENV)), Optional.of(secret.toString()));

    assertThat(keys.active().getKeyID()).isEqualTo(FROM_ENV.getKeyID());
  }

  @Test
  void aMissingFileIsNamedInTheError() {
    String missing = dir.resolve("absent.pem").toString();

    assertThatThrownBy(() -> keys(Optional.empty(), Optional.of(missing)).active())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(missing);
  }
}
