package com.shopassistant.it.assistant;

import com.shopassistant.catalog.Product;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PostalAddress;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Test-only EJB for {@link AssistantToolsIT}: a shopper with a home address and a card, a product
 * with unique codes, and counts read with plain SQL, each call its own transaction.
 */
@Stateless
public class ToolFixtures {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** A guest with a default address ("home") and a default visa card; the customer's id. */
  public long newShopper() {
    Customer guest = Customer.guest("tools-it-" + UUID.randomUUID());
    guest.addAddress(
        "home", new PostalAddress("215 River Road", null, "New York", "NY", "10083", "USA"), true);
    guest.addCreditCard(
        "credit_card_tools_" + UUID.randomUUID().toString().substring(0, 8), "visa", "4242");
    em.persist(guest);
    em.flush();
    return guest.getId();
  }

  /** A product with one white variant at 12.50; the variant's item code. */
  public String newItem(int stock) {
    String code = "TOOLS-" + UUID.randomUUID().toString().substring(0, 8);
    Product product = new Product(code, "Tool Test Lamp", "A lamp for the tool tests.", null);
    product.addVariant(code + "-W", new BigDecimal("12.50"), stock, Map.of("color", "white"));
    em.persist(product);
    return code + "-W";
  }

  public long orders(long customerId) {
    return count("select count(*) from customer_order where customer_id = ?1", customerId);
  }

  public long openHandovers(long customerId) {
    return count(
        "select count(*) from handover_request where customer_id = ?1 and status = 'OPEN'",
        customerId);
  }

  public String defaultAddressLine1(long customerId) {
    return (String)
        em.createNativeQuery(
                "select address1 from address where customer_id = ?1 and is_default = true")
            .setParameter(1, customerId)
            .getSingleResult();
  }

  private long count(String sql, long customerId) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, customerId).getSingleResult())
        .longValue();
  }
}
