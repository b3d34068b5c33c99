package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemKeysTest {

  private static final RSAKey KEY = PemKeys.generate();

  @Test
  void aGeneratedKeySurvivesPemAndKeepsItsThumbprintId() throws Exception {
    String pem = PemKeys.toPem(KEY);

    RSAKey parsed = PemKeys.parse(pem);

    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(parsed.getKeyID()).isEqualTo(KEY.getKeyID());
    assertThat(parsed.getKeyID()).isEqualTo(KEY.computeThumbprint().toString());
    assertThat(parsed.toRSAPublicKey()).isEqualTo(KEY.toRSAPublicKey());
    assertThat(parsed.isPrivate()).isTrue();
  }

  @Test
  void thePublicPartOfAKeyParsesFromX509Pem() throws Exception {
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(KEY.toRSAPublicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";

    RSAKey parsed = PemKeys.parsePublic(pem);

    assertThat(parsed.getKeyID()).isEqualTo(KEY.getKeyID());
    assertThat(parsed.isPrivate()).isFalse();
  }

  @Test
  void aPkcs1KeyIsRefusedWithTheCommandThatConvertsIt() {
    assertThatThrownBy(
            () ->
                PemKeys.parse(
                    "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openssl pkcs8 -topk8");
  }

  @Test
  void unreadableKeysAreRefusedWithoutEchoingTheirContent() {
    String secretLooking =
        "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LW1hdGVyaWFs\n-----END PRIVATE KEY-----";

    assertThatThrownBy(() -> PemKeys.parse(secretLooking))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the private key is not a readable RSA PKCS#8 key");
    assertThatThrownBy(() -> PemKeys.parse("")).hasMessage("the private key is empty");
    assertThatThrownBy(() -> PemKeys.parse("c2VjcmV0"))
        .hasMessageContaining("not a PKCS#8 PEM")
        .hasMessageNotContaining("c2VjcmV0");
    assertThatThrownBy(() -> PemKeys.parsePublic("nope")).hasMessageContaining("X.509 PEM");
  }
}
