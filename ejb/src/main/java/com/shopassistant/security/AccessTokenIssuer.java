package com.shopassistant.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs access tokens: RS256 JWTs in the MicroProfile JWT shape. The subject (and {@code upn}) is
 * the customer id, {@code aud} the audience mpJwt requires, {@code groups} are the roles, {@code
 * tier} the customer's tier. Liberty's mpJwt verifies them against the same issuer and the public
 * keys of {@link SigningKeys}.
 */
@ApplicationScoped
public class AccessTokenIssuer {

  /** The {@code iss} of every token; mpJwt accepts only this issuer. */
  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "shop-assistant")
  String issuer;

  /** The {@code aud} of every token: the first of the audiences mpJwt accepts. */
  @Inject
  @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "shop-assistant")
  String audiences;

  /** How long an access token is valid (the seed: 24 hours). */
  @Inject
  @ConfigProperty(name = "shop.auth.access-token-lifetime", defaultValue = "PT24H")
  Duration lifetime;

  @Inject SigningKeys keys;

  Clock clock = Clock.systemUTC();

  /** A signed token for {@code principal}. */
  public AccessToken issue(TokenSubject principal) {
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audiences.split(",")[0].strip())
            .subject(Long.toString(principal.customerId()))
            .claim("upn", Long.toString(principal.customerId()))
            .claim("groups", principal.roles())
            .claim("tier", principal.tier())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    RSAKey key = keys.active();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign an access token", e);
    }
    return new AccessToken(jwt.serialize(), expires, lifetime.toSeconds());
  }
}
