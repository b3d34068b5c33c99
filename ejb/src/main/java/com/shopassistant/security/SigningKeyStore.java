package com.shopassistant.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The generated signing key in the database ({@code jwt_signing_key}), shared by all instances. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SigningKeyStore {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** The PEM of the active generated key, if one was stored. */
  public Optional<String> activePem() {
    return em.createNamedQuery(JwtSigningKey.FIND_BY_SLOT, JwtSigningKey.class)
        .setParameter("slot", JwtSigningKey.ACTIVE)
        .getResultStream()
        .findFirst()
        .map(JwtSigningKey::getPrivateKeyPem);
  }

  /**
   * Stores {@code pem} as the active key unless another instance stored one first ({@code on
   * conflict do nothing}: a race never fails, the loser then reads the winner's key).
   */
  public void storeActiveIfAbsent(String kid, String pem) {
    em.createNativeQuery(
            "insert into jwt_signing_key (kid, slot, private_key_pem, created_at)"
                + " values (?1, ?2, ?3, ?4) on conflict do nothing")
        .setParameter(1, kid)
        .setParameter(2, JwtSigningKey.ACTIVE)
        .setParameter(3, pem)
        .setParameter(4, OffsetDateTime.now(java.time.ZoneOffset.UTC))
        .executeUpdate();
  }
}
