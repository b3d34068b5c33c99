package com.shopassistant.security;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The generated key pair that signs access tokens when no key is configured, as a PKCS#8 PEM. One
 * row per slot ({@value #ACTIVE}); the first instance to need a key inserts it, and every instance
 * signs with the same one.
 */
@Entity
@Table(name = "jwt_signing_key")
@NamedQuery(
    name = JwtSigningKey.FIND_BY_SLOT,
    query = "select k from JwtSigningKey k where k.slot = :slot")
public class JwtSigningKey {

  /** The slot of the key that signs new tokens. */
  public static final String ACTIVE = "active";

  /** Parameter {@code slot}. */
  public static final String FIND_BY_SLOT = "JwtSigningKey.findBySlot";

  @Id
  @Column(name = "kid", nullable = false, length = 64)
  private String kid;

  @Column(name = "slot", nullable = false, unique = true, length = 20)
  private String slot;

  @Column(name = "private_key_pem", nullable = false, length = 8000)
  private String privateKeyPem;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected JwtSigningKey() {}

  public JwtSigningKey(String kid, String slot, String privateKeyPem) {
    this.kid = Require.text(kid, "key id", 64);
    this.slot = Require.text(slot, "slot", 20);
    this.privateKeyPem = Require.text(privateKeyPem, "private key", 8000);
    this.createdAt = DatabaseTime.now();
  }

  public String getKid() {
    return kid;
  }

  public String getSlot() {
    return slot;
  }

  public String getPrivateKeyPem() {
    return privateKeyPem;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
