package com.shopassistant.it.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Makes the tokens the server must refuse. It signs with the server's own key, read from the test
 * database, so that a refusal can only come from the one claim or header that is wrong.
 */
final class TokenForge {

  private final RSAKey serverKey;

  private TokenForge(RSAKey serverKey) {
    this.serverKey = serverKey;
  }

  /** Reads the server's generated signing key from the database the server uses. */
  static TokenForge withServerKey() throws Exception {
    String url =
        "jdbc:postgresql://"
            + env("DATABASE_HOST", "127.0.0.1")
            + ":"
            + env("DATABASE_PORT", "5432")
            + "/"
            + env("DATABASE_NAME", "shop_it");
    try (Connection connection =
            DriverManager.getConnection(
                url, env("DATABASE_USER", "postgres"), env("DATABASE_PASSWORD", ""));
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select kid, private_key_pem from jwt_signing_key where slot = 'active'")) {
      if (!row.next()) {
        throw new AssertionError("the server has not stored a signing key");
      }
      return new TokenForge(rsaKey(row.getString(1), row.getString(2)));
    }
  }

  /** Claims the server would issue for {@code customerId}, valid for an hour from now. */
  JWTClaimsSet.Builder claimsFor(long customerId) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer("shop-assistant")
        .audience("shop-assistant")
        .subject(Long.toString(customerId))
        .claim("upn", Long.toString(customerId))
        .claim("groups", List.of("customer"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(3600)))
        .jwtID(UUID.randomUUID().toString());
  }

  String signedByServerKey(JWTClaimsSet claims) throws Exception {
    return sign(claims, serverKey);
  }

  /** Signed by a stranger's key that claims the server's key id. */
  String signedByOtherKey(JWTClaimsSet claims) throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID(serverKey.getKeyID()).generate();
    return sign(claims, stranger);
  }

  /**
   * Signed with HS256, the public key's encoded bytes as the HMAC secret: the algorithm-confusion
   * attack on verifiers that take the algorithm from the token's header.
   */
  String hmacWithPublicKey(JWTClaimsSet claims) throws Exception {
    byte[] secret = serverKey.toRSAPublicKey().getEncoded();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(JOSEObjectType.JWT)
                .keyID(serverKey.getKeyID())
                .build(),
            claims);
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  /** A token signed by the server's key whose payload is then swapped for {@code claims}. */
  String withPayloadSwapped(String signed, JWTClaimsSet claims) {
    String[] parts = signed.split("\\.");
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + payload + "." + parts[2];
  }

  /** The same claims with {@code "alg": "none"} and no signature. */
  static String unsigned(JWTClaimsSet claims) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
    return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + encoder.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8))
        + ".";
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static RSAKey rsaKey(String kid, String pem) throws Exception {
    String base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s+", "");
    KeyFactory factory = KeyFactory.getInstance("RSA");
    RSAPrivateCrtKey privateKey =
        (RSAPrivateCrtKey)
            factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    RSAPublicKey publicKey =
        (RSAPublicKey)
            factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(kid).build();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
