package com.shopassistant.security;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One refresh token of a sign-in, kept as the SHA-256 hash of the secret the client holds (a leaked
 * table gives no usable tokens). Tokens of one sign-in share a family; rotation marks a token used
 * and issues the next of its family. State changes that must not race (use, revoke) are single
 * conditional updates in the queries below, so two instances never both accept one token.
 */
@Entity
@Table(name = "refresh_token")
@NamedQuery(
    name = RefreshToken.FIND_BY_HASH,
    query = "select r from RefreshToken r where r.tokenHash = :hash")
@NamedQuery(
    name = RefreshToken.MARK_USED,
    query =
        "update RefreshToken r set r.usedAt = :now where r.tokenHash = :hash"
            + " and r.usedAt is null and r.revokedAt is null and r.expiresAt > :now")
@NamedQuery(
    name = RefreshToken.REVOKE_FAMILY,
    query =
        "update RefreshToken r set r.revokedAt = :now where r.familyId = :family"
            + " and r.revokedAt is null")
@NamedQuery(
    name = RefreshToken.DELETE_EXPIRED,
    query = "delete from RefreshToken r where r.expiresAt < :cutoff")
public class RefreshToken {

  /** Parameter {@code hash}. */
  public static final String FIND_BY_HASH = "RefreshToken.findByHash";

  /** Parameters {@code hash}, {@code now}; updates one row only if the token is still usable. */
  public static final String MARK_USED = "RefreshToken.markUsed";

  /** Parameters {@code family}, {@code now}. */
  public static final String REVOKE_FAMILY = "RefreshToken.revokeFamily";

  /** Parameter {@code cutoff}. */
  public static final String DELETE_EXPIRED = "RefreshToken.deleteExpired";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "family_id", nullable = false, length = 36)
  private String familyId;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected RefreshToken() {}

  /** A new, unused token of {@code familyId} for {@code customerId}, valid for {@code lifetime}. */
  public RefreshToken(String tokenHash, String familyId, long customerId, Duration lifetime) {
    this.tokenHash = Require.text(tokenHash, "token hash", 64);
    this.familyId = Require.text(familyId, "family id", 36);
    this.customerId = customerId;
    if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a refresh token must live a positive time");
    }
    this.issuedAt = DatabaseTime.now();
    this.expiresAt = issuedAt.plus(lifetime);
  }

  /** True when this token was already exchanged once: presenting it again is a replay. */
  public boolean wasUsed() {
    return usedAt != null;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isExpiredAt(OffsetDateTime instant) {
    return !expiresAt.isAfter(instant);
  }

  public Long getId() {
    return id;
  }

  public String getFamilyId() {
    return familyId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public OffsetDateTime getIssuedAt() {
    return issuedAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}
