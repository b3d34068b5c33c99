package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTokenIssuerTest {

  private static final RSAKey KEY = PemKeys.generate();
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private static SigningKeys configuredKeys(Optional<String> previous) {
    SigningKeys keys = new SigningKeys();
    keys.configuredPem = Optional.of(PemKeys.toPem(KEY));
    keys.configuredFile = Optional.empty();
    keys.previousPublicKeys = previous;
    return keys;
  }

  private static AccessTokenIssuer issuer() {
    AccessTokenIssuer issuer = new AccessTokenIssuer();
    issuer.issuer = "shop-assistant";
    issuer.audiences = "shop-assistant";
    issuer.lifetime = Duration.ofHours(24);
    issuer.keys = configuredKeys(Optional.empty());
    issuer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return issuer;
  }

  @Test
  void aTokenIsAnRs256JwtInTheMicroProfileShapeValidFor24Hours() throws Exception {
    AccessToken token =
        issuer().issue(new TokenSubject(42L, List.of(Roles.CUSTOMER, Roles.ADMIN), "premium"));

    SignedJWT jwt = SignedJWT.parse(token.jwt());
    assertThat(jwt.verify(new RSASSAVerifier(KEY.toRSAPublicKey()))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.getKeyID());
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("shop-assistant");
    assertThat(claims.getSubject()).isEqualTo("42");
    assertThat(claims.getAudience()).containsExactly("shop-assistant");
    assertThat(claims.getStringClaim("upn")).isEqualTo("42");
    assertThat(claims.getStringListClaim("groups")).containsExactly("customer", "admin");
    assertThat(claims.getStringClaim("tier")).isEqualTo("premium");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(token.lifetimeSeconds()).isEqualTo(86_400);
  }

  @Test
  void theKeySetPublishesTheActiveKeyThenRetiredOnesWithoutPrivateParts() throws Exception {
    RSAKey retired = PemKeys.generate();
    String retiredPem =
        "-----BEGIN PUBLIC KEY-----\n"
            + java.util.Base64.getMimeEncoder()
                .encodeToString(retired.toRSAPublicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";

    JWKSet set = JWKSet.parse(configuredKeys(Optional.of(retiredPem)).publicJwks());

    assertThat(set.getKeys())
        .extracting(key -> key.getKeyID())
        .containsExactly(KEY.getKeyID(), retired.getKeyID());
    assertThat(set.getKeys()).noneMatch(key -> key.isPrivate());
  }
}
