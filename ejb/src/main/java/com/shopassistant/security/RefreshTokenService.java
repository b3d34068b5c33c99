package com.shopassistant.security;

import com.shopassistant.ops.DatabaseTime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and rotates refresh tokens: 32 random bytes for the client, their SHA-256 in {@code
 * refresh_token}. A token is exchanged at most once (one conditional update decides, whichever
 * instance runs it); presenting it again revokes its whole family, since one of the two holders is
 * not the customer.
 */
@Stateless
public class RefreshTokenService {

  static final int CLEANUP_ONE_IN = 100;
  private static final Logger LOG = Logger.getLogger(RefreshTokenService.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** How long a refresh token is valid (the seed: 7 days). */
  @Inject
  @ConfigProperty(name = "shop.auth.refresh-token-lifetime", defaultValue = "P7D")
  Duration lifetime;

  /** A token of a new family: a fresh sign-in. */
  public IssuedRefreshToken startFamily(long customerId) {
    return issue(customerId, UUID.randomUUID().toString());
  }

  /**
   * Exchanges {@code presented} for the next token of its family.
   *
   * @throws RefreshRefusedException when it is missing, unknown, expired, revoked or used before
   */
  public RefreshRotation rotate(String presented) throws RefreshRefusedException {
    if (presented == null || presented.isBlank()) {
      throw RefreshRefusedException.missing();
    }
    String hash = hash(presented);
    OffsetDateTime now = DatabaseTime.now();
    int marked =
        em.createNamedQuery(RefreshToken.MARK_USED)
            .setParameter("hash", hash)
            .setParameter("now", now)
            .executeUpdate();
    RefreshToken token = find(hash).orElseThrow(RefreshRefusedException::invalid);
    if (marked == 1) {
      return new RefreshRotation(
          token.getCustomerId(), issue(token.getCustomerId(), token.getFamilyId()));
    }
    if (token.wasUsed() && !token.isRevoked()) {
      revoke(token.getFamilyId(), now);
      LOG.warning(
          "A used refresh token was presented again; revoked the sign-in of customer "
              + token.getCustomerId());
      throw RefreshRefusedException.reused();
    }
    throw RefreshRefusedException.invalid();
  }

  /** Ends the sign-in {@code presented} belongs to; unknown tokens are ignored. */
  public void revokeFamilyOf(String presented) {
    if (presented == null || presented.isBlank()) {
      return;
    }
    find(hash(presented)).ifPresent(token -> revoke(token.getFamilyId(), DatabaseTime.now()));
  }

  private IssuedRefreshToken issue(long customerId, String familyId) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    RefreshToken token = new RefreshToken(hash(value), familyId, customerId, lifetime);
    em.persist(token);
    if (ThreadLocalRandom.current().nextInt(CLEANUP_ONE_IN) == 0) {
      // Expired tokens are kept a day so a late replay is still recognised as one.
      em.createNamedQuery(RefreshToken.DELETE_EXPIRED)
          .setParameter("cutoff", DatabaseTime.now().minusDays(1))
          .executeUpdate();
    }
    return new IssuedRefreshToken(value, lifetime);
  }

  private Optional<RefreshToken> find(String hash) {
    return em.createNamedQuery(RefreshToken.FIND_BY_HASH, RefreshToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  private void revoke(String familyId, OffsetDateTime now) {
    em.createNamedQuery(RefreshToken.REVOKE_FAMILY)
        .setParameter("family", familyId)
        .setParameter("now", now)
        .executeUpdate();
  }

  static String hash(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
