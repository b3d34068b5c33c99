package com.shopassistant.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * RSA signing keys to and from PKCS#8 PEM, the form {@code openssl genpkey} writes and Secret
 * Manager stores. The key id is the key's RFC 7638 thumbprint, so the same key always has the same
 * id on every instance.
 */
public final class PemKeys {

  static final int KEY_BITS = 2048;
  private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String END = "-----END PRIVATE KEY-----";

  private PemKeys() {}

  /** A new 2048-bit RSA key pair. */
  public static RSAKey generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS);
      KeyPair pair = generator.generateKeyPair();
      return withThumbprintId(
          (RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate());
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key pair", e);
    }
  }

  /**
   * The key pair of a PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @throws IllegalArgumentException with a message that never contains key material
   */
  public static RSAKey parse(String pem) {
    if (pem == null || pem.isBlank()) {
      throw new IllegalArgumentException("the private key is empty");
    }
    if (pem.contains("BEGIN RSA PRIVATE KEY")) {
      throw new IllegalArgumentException(
          "the private key is PKCS#1; convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
    }
    int begin = pem.indexOf(BEGIN);
    int end = pem.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("the private key is not a PKCS#8 PEM (BEGIN PRIVATE KEY)");
    }
    String base64 = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s+", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      KeyFactory factory = KeyFactory.getInstance("RSA");
      if (!(factory.generatePrivate(new PKCS8EncodedKeySpec(der))
          instanceof RSAPrivateCrtKey privateKey)) {
        throw new IllegalArgumentException("the private key lacks its CRT parameters");
      }
      if (privateKey.getModulus().bitLength() < KEY_BITS) {
        throw new IllegalArgumentException("the RSA key must have at least 2048 bits");
      }
      RSAPublicKey publicKey =
          (RSAPublicKey)
              factory.generatePublic(
                  new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
      return withThumbprintId(publicKey, privateKey);
    } catch (GeneralSecurityException | JOSEException | IllegalArgumentException e) {
      if (e instanceof IllegalArgumentException && e.getMessage().startsWith("the ")) {
        throw (IllegalArgumentException) e;
      }
      throw new IllegalArgumentException("the private key is not a readable RSA PKCS#8 key");
    }
  }

  /**
   * The public key of an X.509 PEM ({@code -----BEGIN PUBLIC KEY-----}), for verifying tokens
   * signed by a retired key while they are still valid.
   */
  public static RSAKey parsePublic(String pem) {
    String begin = "-----BEGIN PUBLIC KEY-----";
    String end = "-----END PUBLIC KEY-----";
    int from = pem == null ? -1 : pem.indexOf(begin);
    int to = pem == null ? -1 : pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("the public key is not an X.509 PEM (BEGIN PUBLIC KEY)");
    }
    try {
      byte[] der =
          Base64.getDecoder()
              .decode(pem.substring(from + begin.length(), to).replaceAll("\\s+", ""));
      RSAPublicKey publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(new java.security.spec.X509EncodedKeySpec(der));
      RSAKey unnamed = new RSAKey.Builder(publicKey).build();
      return new RSAKey.Builder(unnamed)
          .keyID(unnamed.computeThumbprint().toString())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .build();
    } catch (GeneralSecurityException
        | JOSEException
        | IllegalArgumentException
        | ClassCastException e) {
      throw new IllegalArgumentException("the public key is not a readable RSA key");
    }
  }

  /** The private key as PKCS#8 PEM. */
  public static String toPem(RSAKey key) {
    try {
      String base64 =
          Base64.getMimeEncoder(64, new byte[] {'\n'})
              .encodeToString(key.toPrivateKey().getEncoded());
      return BEGIN + "\n" + base64 + "\n" + END + "\n";
    } catch (JOSEException e) {
      throw new IllegalStateException("the key has no private part", e);
    }
  }

  private static RSAKey withThumbprintId(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey)
      throws JOSEException {
    RSAKey unnamed = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
    return new RSAKey.Builder(unnamed)
        .keyID(unnamed.computeThumbprint().toString())
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .build();
  }
}
