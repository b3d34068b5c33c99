package com.shopassistant.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.shopassistant.ops.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs access tokens, and the public keys that verify them (served as the JWKS that
 * Liberty's mpJwt reads). In order of preference the signing key is: the PEM in {@code
 * SHOP_JWT_PRIVATE_KEY}, the PEM file named by {@code SHOP_JWT_PRIVATE_KEY_FILE} (a Secret Manager
 * volume on Cloud Run), or a key generated once and kept in the database, so that every instance
 * and every restart signs with the same key.
 */
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  /** A PKCS#8 PEM RSA private key (2048 bits or more) that signs access tokens. */
  @Inject
  @ConfigProperty(name = "shop.jwt.private-key")
  Optional<String> configuredPem;

  /** A file holding that PEM, used when {@code shop.jwt.private-key} is not set. */
  @Inject
  @ConfigProperty(name = "shop.jwt.private-key-file")
  Optional<String> configuredFile;

  /** X.509 PEM public key(s) of retired signing keys, still accepted until their tokens expire. */
  @Inject
  @ConfigProperty(name = "shop.jwt.previous-public-keys")
  Optional<String> previousPublicKeys;

  @Inject SigningKeyStore store;

  private volatile RSAKey active;

  /** The key pair that signs new tokens. */
  public RSAKey active() {
    RSAKey key = active;
    if (key == null) {
      synchronized (this) {
        if (active == null) {
          active = load();
        }
        key = active;
      }
    }
    return key;
  }

  /** The public JWK set: the active key, then any previous ones. */
  public String publicJwks() {
    List<JWK> keys = new ArrayList<>();
    keys.add(active().toPublicJWK());
    keys.addAll(previousKeys());
    return new JWKSet(keys).toString(true);
  }

  /** Loads the key once the schema exists, so start-up logs show a key problem at once. */
  void loadWhenSchemaReady(@ObservesAsync SchemaReady ready) {
    try {
      LOG.info("Access tokens are signed with key " + active().getKeyID());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "No key to sign access tokens: " + e.getMessage());
    }
  }

  private RSAKey load() {
    Optional<String> pem = configuredPem.filter(value -> !value.isBlank());
    if (pem.isPresent()) {
      return PemKeys.parse(pem.get());
    }
    Optional<String> file = configuredFile.filter(value -> !value.isBlank());
    if (file.isPresent()) {
      return PemKeys.parse(read(Path.of(file.get())));
    }
    return generatedKey();
  }

  private RSAKey generatedKey() {
    Optional<String> stored = store.activePem();
    if (stored.isEmpty()) {
      RSAKey fresh = PemKeys.generate();
      store.storeActiveIfAbsent(fresh.getKeyID(), PemKeys.toPem(fresh));
      stored = store.activePem();
      LOG.info(
          "No SHOP_JWT_PRIVATE_KEY configured: using a signing key generated and kept in the"
              + " database (configure one from Secret Manager in production)");
    }
    return PemKeys.parse(
        stored.orElseThrow(() -> new IllegalStateException("the signing key was not stored")));
  }

  private List<RSAKey> previousKeys() {
    String all = previousPublicKeys.orElse("");
    List<RSAKey> keys = new ArrayList<>();
    String end = "-----END PUBLIC KEY-----";
    int from = 0;
    for (int at = all.indexOf(end); at >= 0; at = all.indexOf(end, from)) {
      keys.add(PemKeys.parsePublic(all.substring(from, at + end.length())));
      from = at + end.length();
    }
    return keys;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the signing key file " + file, e);
    }
  }
}
