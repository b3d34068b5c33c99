package com.shopassistant.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The catalog read by item code (a variant's code, as carts, orders and the assistant's stock check
 * name it), where {@link CatalogService#product} reads by product id or code. Read only, open to
 * anonymous callers.
 */
@Stateless
public class CatalogItemService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /**
   * The product one of whose variants has {@code itemCode}, with all its variants and their stock
   * as the database has them now; empty when no variant has that code.
   */
  public Optional<ProductDetail> productOfItem(String itemCode) {
    String code = itemCode == null ? "" : itemCode.strip();
    if (code.isEmpty()) {
      return Optional.empty();
    }
    return em.createNamedQuery(ProductVariant.FIND_BY_CODE, ProductVariant.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(variant -> ProductDetail.of(variant.getProduct()));
  }
}
