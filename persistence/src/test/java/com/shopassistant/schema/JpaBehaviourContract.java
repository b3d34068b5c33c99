package com.shopassistant.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.assistant.Conversation;
import com.shopassistant.cart.Cart;
import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.checkout.Voucher;
import com.shopassistant.checkout.VoucherRedemption;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.usage.TokenUsage;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Optimistic locking, constraints seen through JPA, and every named query against the schema. */
abstract class JpaBehaviourContract extends JpaContract {

  @Test
  void concurrentStockChangesConflictThroughTheVersion() {
    inTransaction(SampleData::catalog);
    ProductVariant stale =
        single(ProductVariant.FIND_BY_CODE, ProductVariant.class, "code", SampleData.BLUE_M);
    em.clear();
    inTransaction(
        e ->
            single(ProductVariant.FIND_BY_CODE, ProductVariant.class, "code", SampleData.BLUE_M)
                .decrementStock(1));

    stale.decrementStock(1);
    em.getTransaction().begin();
    assertThatThrownBy(
            () -> {
              em.merge(stale);
              em.flush();
            })
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("Optimistic");
    em.getTransaction().rollback();
  }

  @Test
  void checkConstraintBitesOnNativeInsert() {
    inTransaction(SampleData::cart);
    Cart cart = single(Cart.FIND_BY_CUSTOMER_HANDLE, Cart.class, "handle", SampleData.NOAH);
    ProductVariant red =
        single(ProductVariant.FIND_BY_CODE, ProductVariant.class, "code", SampleData.RED_XL);

    em.getTransaction().begin();
    assertThatThrownBy(
            () ->
                em.createNativeQuery(
                        "insert into cart_line (cart_id, variant_id, quantity, added_at)"
                            + " values (?, ?, 0, current_timestamp)")
                    .setParameter(1, cart.getId())
                    .setParameter(2, red.getId())
                    .executeUpdate())
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("ck_cart_line_quantity");
    em.getTransaction().rollback();
  }

  @Test
  void everyNamedQueryRuns() {
    inTransaction(SampleData::order);
    Customer noah = single(Customer.FIND_BY_HANDLE, Customer.class, "handle", SampleData.NOAH);
    OffsetDateTime since = noah.getCreatedAt().minusDays(1);

    Map<String, Map<String, Object>> queries = parametersByQuery(noah.getId(), since);

    queries.forEach(
        (name, params) -> {
          var query = em.createNamedQuery(name);
          params.forEach(query::setParameter);
          assertThat(query.getResultList()).as(name).isNotNull();
        });
    assertThat(
            em.createNamedQuery(Product.FIND_BY_CATEGORY)
                .setParameter("slug", "clothing")
                .getResultList())
        .hasSize(1);
    assertThat(
            em.createNamedQuery(CustomerOrder.FIND_BY_IDEMPOTENCY_KEY)
                .setParameter("customerId", noah.getId())
                .setParameter("idempotencyKey", "key-1")
                .getResultList())
        .hasSize(1);
  }

  /** Every named query of the unit that takes parameters or is not used elsewhere here. */
  private static Map<String, Map<String, Object>> parametersByQuery(
      Long noahId, OffsetDateTime since) {
    return Map.ofEntries(
        Map.entry(Category.FIND_ALL, Map.of()),
        Map.entry(Product.FIND_ACTIVE, Map.of()),
        Map.entry(Product.FIND_BY_CATEGORY, Map.of("slug", "clothing")),
        Map.entry(Product.SEARCH_BY_NAME, Map.of("pattern", "%shirt%")),
        Map.entry(ProductVariant.FIND_BY_PRODUCT, Map.of("productCode", SampleData.SHIRT)),
        Map.entry(ProductVariant.COUNT, Map.of()),
        Map.entry(Customer.COUNT, Map.of()),
        Map.entry(PaymentMethod.FIND_BY_CUSTOMER, Map.of("customerId", noahId)),
        Map.entry(Cart.FIND_BY_CUSTOMER, Map.of("customerId", noahId)),
        Map.entry(Voucher.FIND_ACTIVE, Map.of()),
        Map.entry(Voucher.COUNT, Map.of()),
        Map.entry(
            VoucherRedemption.COUNT_BY_VOUCHER_AND_CUSTOMER,
            Map.of("voucherId", 1L, "customerId", noahId)),
        Map.entry(CustomerOrder.FIND_BY_CUSTOMER, Map.of("customerId", noahId)),
        Map.entry(
            CustomerOrder.FIND_BY_IDEMPOTENCY_KEY,
            Map.of("customerId", noahId, "idempotencyKey", "key-1")),
        Map.entry(CustomerOrder.COUNT, Map.of()),
        Map.entry(CustomerOrder.COUNT_BY_STATUS, Map.of("status", OrderStatus.PENDING)),
        Map.entry(Conversation.FIND_FOR_CUSTOMER, Map.of("id", "x", "customerId", noahId)),
        Map.entry(
            TokenUsage.SUM_TOKENS_BY_CUSTOMER_SINCE, Map.of("customerId", noahId, "since", since)),
        Map.entry(
            TokenUsage.SUM_COST_BY_CUSTOMER_SINCE, Map.of("customerId", noahId, "since", since)),
        Map.entry(TokenUsage.SUM_COST_SINCE, Map.of("since", since)),
        Map.entry(
            TokenUsage.COUNT_BY_CUSTOMER_SINCE, Map.of("customerId", noahId, "since", since)));
  }
}
