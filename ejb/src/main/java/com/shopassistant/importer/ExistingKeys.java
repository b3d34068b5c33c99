package com.shopassistant.importer;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The business keys already in the database that a snapshot may refer to, loaded in three queries
 * before anything is written, so that references are checked without one query per row.
 */
final class ExistingKeys implements ReferenceLookup {

  private final Map<String, String> productOfVariant = new HashMap<>();
  private final Map<String, String> ownerOfPaymentMethod = new HashMap<>();
  private final Map<String, String> ownerOfEmail = new HashMap<>();
  private final Set<String> handles = new HashSet<>();

  private ExistingKeys() {}

  /** Keys given directly: what a database holding exactly these rows would answer. */
  static ExistingKeys of(
      List<String> handles,
      Map<String, String> productOfVariant,
      Map<String, String> ownerOfPaymentMethod,
      Map<String, String> ownerOfEmail) {
    ExistingKeys keys = new ExistingKeys();
    keys.handles.addAll(handles);
    keys.productOfVariant.putAll(productOfVariant);
    keys.ownerOfPaymentMethod.putAll(ownerOfPaymentMethod);
    keys.ownerOfEmail.putAll(ownerOfEmail);
    return keys;
  }

  static ExistingKeys load(EntityManager em) {
    ExistingKeys keys = new ExistingKeys();
    for (Object[] row : rows(em, "select v.code, v.product.code from ProductVariant v")) {
      keys.productOfVariant.put((String) row[0], (String) row[1]);
    }
    for (Object[] row : rows(em, "select m.code, m.customer.handle from PaymentMethod m")) {
      keys.ownerOfPaymentMethod.put((String) row[0], (String) row[1]);
    }
    for (Object[] row : rows(em, "select c.handle, c.email from Customer c")) {
      keys.handles.add((String) row[0]);
      if (row[1] != null) {
        keys.ownerOfEmail.put((String) row[1], (String) row[0]);
      }
    }
    return keys;
  }

  private static List<Object[]> rows(EntityManager em, String jpql) {
    return em.createQuery(jpql, Object[].class).getResultList();
  }

  @Override
  public boolean customerExists(String handle) {
    return handles.contains(handle);
  }

  @Override
  public Optional<String> productOfVariant(String itemCode) {
    return Optional.ofNullable(productOfVariant.get(itemCode));
  }

  @Override
  public Optional<String> ownerOfPaymentMethod(String code) {
    return Optional.ofNullable(ownerOfPaymentMethod.get(code));
  }

  @Override
  public Optional<String> ownerOfEmail(String email) {
    return Optional.ofNullable(ownerOfEmail.get(email));
  }
}
