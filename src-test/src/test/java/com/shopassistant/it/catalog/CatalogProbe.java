package com.shopassistant.it.catalog;

import com.shopassistant.catalog.Product;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only EJB: withdraws a product from sale, which no public endpoint does yet. */
@Stateless
public class CatalogProbe {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** False when there is no product with this code. */
  public boolean withdraw(String productCode) {
    return em.createNamedQuery(Product.FIND_BY_CODE, Product.class)
        .setParameter("code", productCode)
        .getResultStream()
        .peek(Product::deactivate)
        .findFirst()
        .isPresent();
  }
}
