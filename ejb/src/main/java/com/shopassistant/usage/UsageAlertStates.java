package com.shopassistant.usage;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The alert state shared by all instances ({@link UsageAlertStateSql}), each step in a short
 * transaction of its own: a claim commits before the ledger is read, so other instances see it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UsageAlertStates {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Whether this instance is the one to read the ledger now. */
  public boolean claim(Instant now, Duration interval) {
    return UsageAlertStateSql.claim(NativeSql.of(em), now, interval);
  }

  public void save(UsageAlertState state, Instant readAt) {
    UsageAlertStateSql.save(NativeSql.of(em), state, readAt);
  }

  public Optional<UsageAlertState> load(BigDecimal threshold) {
    return UsageAlertStateSql.load(NativeSql.of(em), threshold);
  }
}
