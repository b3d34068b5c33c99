package com.shopassistant.it.persistence;

import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Test-only EJB: each method is its own container transaction, as a service's would be. */
@Stateless
public class CatalogProbe {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public long createProduct(String code, String categorySlug) {
    Category category = new Category(categorySlug, "Audio " + categorySlug, "Headphones and more");
    em.persist(category);
    Product product = new Product(code, "Wireless Headphones", "Over-ear, 30 h battery", category);
    product.addVariant(code + "-BLK", new BigDecimal("349.90"), 12, Map.of("color", "black"));
    product.addVariant(code + "-WHT", new BigDecimal("359.90"), 0, Map.of("color", "white"));
    em.persist(product);
    em.flush();
    return product.getId();
  }

  public Optional<ProductSnapshot> readProduct(String code) {
    return em.createNamedQuery(Product.FIND_BY_CODE, Product.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(ProductSnapshot::of);
  }

  public void decrementStock(String variantCode, int quantity) {
    ProductVariant variant =
        em.createNamedQuery(ProductVariant.FIND_BY_CODE, ProductVariant.class)
            .setParameter("code", variantCode)
            .getSingleResult();
    variant.decrementStock(quantity);
  }

  /** Bypasses the entity to prove the database itself refuses negative stock. */
  public void forceNegativeStock(String variantCode) {
    em.createNativeQuery("update product_variant set stock_quantity = -1 where code = ?1")
        .setParameter(1, variantCode)
        .executeUpdate();
  }

  public String databaseProduct() {
    return em.unwrap(java.sql.Connection.class) == null ? "unknown" : vendor();
  }

  private String vendor() {
    try {
      return em.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName();
    } catch (java.sql.SQLException e) {
      return "unknown";
    }
  }
}
