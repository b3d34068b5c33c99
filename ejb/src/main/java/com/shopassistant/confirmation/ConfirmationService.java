package com.shopassistant.confirmation;

import com.shopassistant.ops.DatabaseTime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and claims confirmation tokens. Runs in the caller's transaction: the claim's row lock,
 * the write it confirms and {@link #complete} commit together, so a confirm either performs the
 * write and consumes the token, or does neither. Two confirms of one token on any two instances
 * queue on the lock; the second finds it consumed and gets the first one's result.
 */
@Stateless
public class ConfirmationService {

  static final int CLEANUP_ONE_IN = 100;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** How long a quote's confirmation token is valid. */
  @Inject
  @ConfigProperty(name = "shop.confirmation.lifetime", defaultValue = "PT15M")
  Duration lifetime;

  /** Stores a quoted write of {@code customerId} and returns its token. */
  public IssuedConfirmation issue(
      long customerId, ConfirmableAction action, String subject, String payload) {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    // The prefix tells a confirmation token from the other secrets a client holds.
    String token = "cf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    PendingConfirmation pending =
        new PendingConfirmation(hash(token), customerId, action.name(), subject, payload, lifetime);
    em.persist(pending);
    if (ThreadLocalRandom.current().nextInt(CLEANUP_ONE_IN) == 0) {
      em.createNamedQuery(PendingConfirmation.DELETE_EXPIRED)
          .setParameter("cutoff", DatabaseTime.now().minusDays(1))
          .executeUpdate();
    }
    return new IssuedConfirmation(token, pending.getExpiresAt());
  }

  /**
   * Locks the customer's confirmation {@code token} for {@code action}. A token already performed
   * is returned with its result (not refused), even after it expired, so retries stay idempotent.
   */
  public ClaimedConfirmation claim(long customerId, String token, ConfirmableAction action)
      throws ConfirmationException {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw notFound();
    }
    PendingConfirmation pending =
        em.createNamedQuery(PendingConfirmation.FIND_OWN_BY_HASH, PendingConfirmation.class)
            .setParameter("hash", hash(token.strip()))
            .setParameter("customerId", customerId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(ConfirmationService::notFound);
    if (!pending.getAction().equals(action.name())) {
      throw new ConfirmationException(
          ConfirmationException.Kind.WRONG_ACTION,
          "This confirmation token is for "
              + describe(pending.getAction())
              + ", not for "
              + describe(action.name())
              + ".");
    }
    if (pending.result().isEmpty() && pending.isExpiredAt(DatabaseTime.now())) {
      throw new ConfirmationException(
          ConfirmationException.Kind.EXPIRED,
          "This confirmation token expired at "
              + pending.getExpiresAt()
              + "; ask for a new quote and confirm that one.");
    }
    return new ClaimedConfirmation(
        pending.getId(), pending.getSubject(), pending.getPayload(), pending.result());
  }

  /**
   * What the customer's {@code token} was issued for, without locking or consuming it; empty when
   * no quote of theirs has it. For confirm steps that are given only a token and must choose the
   * service that performs it ({@link #claim} then checks everything again under the lock).
   */
  public Optional<ConfirmationTarget> target(long customerId, String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(PendingConfirmation.FIND_OWN_BY_HASH, PendingConfirmation.class)
        .setParameter("hash", hash(token.strip()))
        .setParameter("customerId", customerId)
        .getResultStream()
        .findFirst()
        .map(p -> new ConfirmationTarget(ConfirmableAction.valueOf(p.getAction()), p.getSubject()));
  }

  /** Records that the claimed write was performed and what it produced (e.g. an order number). */
  public void complete(ClaimedConfirmation claimed, String result) {
    em.find(PendingConfirmation.class, claimed.id()).consume(result);
  }

  private static ConfirmationException notFound() {
    return new ConfirmationException(
        ConfirmationException.Kind.NOT_FOUND,
        "No quote of yours has this confirmation token; ask for a new quote.");
  }

  private static String describe(String action) {
    return action.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
