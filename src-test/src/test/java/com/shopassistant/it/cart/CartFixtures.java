package com.shopassistant.it.cart;

import com.shopassistant.catalog.Product;
import com.shopassistant.customer.Customer;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Test-only EJB for {@link CartServiceIT}: makes customers and products with unique keys, and
 * changes rows with plain SQL, past JPA and its cache, the way another instance's write would look
 * to this one.
 */
@Stateless
public class CartFixtures {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public long newGuest() {
    Customer guest = Customer.guest("cart-it-" + UUID.randomUUID());
    em.persist(guest);
    em.flush();
    return guest.getId();
  }

  /** A product with one variant per stock figure; returns the product code. */
  public String newProduct(String code, int... stocks) {
    Product product = new Product(code, "Cart Fixture Lamp", null, null);
    for (int i = 0; i < stocks.length; i++) {
      product.addVariant(code + "-" + i, new BigDecimal("12.50"), stocks[i], Map.of("n", "" + i));
    }
    em.persist(product);
    return code;
  }

  public int cartsOf(long customerId) {
    return ((Number)
            em.createNativeQuery("select count(*) from cart where customer_id = ?1")
                .setParameter(1, customerId)
                .getSingleResult())
        .intValue();
  }

  public void setStockBySql(String itemCode, int stock) {
    em.createNativeQuery("update product_variant set stock_quantity = ?1 where code = ?2")
        .setParameter(1, stock)
        .setParameter(2, itemCode)
        .executeUpdate();
  }

  public void withdrawBySql(String productCode) {
    em.createNativeQuery("update product set active = false where code = ?1")
        .setParameter(1, productCode)
        .executeUpdate();
  }

  /** Adds a line to the customer's existing cart as another instance would. */
  public void addLineBySql(long customerId, String itemCode, int quantity) {
    em.createNativeQuery(
            "insert into cart_line (cart_id, variant_id, quantity, added_at)"
                + " select c.id, v.id, ?1, current_timestamp from cart c, product_variant v"
                + " where c.customer_id = ?2 and v.code = ?3")
        .setParameter(1, quantity)
        .setParameter(2, customerId)
        .setParameter(3, itemCode)
        .executeUpdate();
  }
}
