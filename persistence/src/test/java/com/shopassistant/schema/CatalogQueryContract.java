package com.shopassistant.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.junit.jupiter.api.Test;

/** The catalog's product page query: found by id or code, in statements that do not grow. */
abstract class CatalogQueryContract extends JpaContract {

  @Test
  void aProductIsFoundByIdOrByCode() {
    inTransaction(SampleData::catalog);
    Product shirt = single(Product.FIND_BY_CODE, Product.class, "code", SampleData.SHIRT);

    assertThat(detail(shirt.getId(), "no such code"))
        .extracting(Product::getCode)
        .containsExactly(SampleData.SHIRT);
    assertThat(detail(-1, SampleData.SHIRT))
        .extracting(Product::getId)
        .containsExactly(shirt.getId());
    assertThat(detail(-1, "no such code")).isEmpty();
  }

  @Test
  void aProductPageTakesAsManyStatementsForTwoVariantsAsForTwelve() {
    inTransaction(SampleData::catalog);
    inTransaction(e -> e.persist(productWithVariants(12)));

    int forTwo = statementsToReadPage(SampleData.SHIRT);
    int forTwelve = statementsToReadPage("MANY-12");

    assertThat(forTwelve).isEqualTo(forTwo).isLessThanOrEqualTo(3);
  }

  private static Product productWithVariants(int variants) {
    Product product = new Product("MANY-" + variants, "Lamp", null, null);
    for (int i = 0; i < variants; i++) {
      product.addVariant("MANY-V" + i, new BigDecimal("9.99"), i, Map.of("n", "" + i, "c", "x"));
    }
    return product;
  }

  /** Reads a product and everything its page shows, counting the SQL statements it takes. */
  private int statementsToReadPage(String code) {
    em.clear();
    AtomicInteger statements = new AtomicInteger();
    SessionEventAdapter counter =
        new SessionEventAdapter() {
          @Override
          public void preExecuteCall(SessionEvent event) {
            statements.incrementAndGet();
          }
        };
    ServerSession session = em.getEntityManagerFactory().unwrap(ServerSession.class);
    session.getEventManager().addListener(counter);
    try {
      Product product = detail(-1, code).get(0);
      Category category = product.getCategory();
      String categoryName = category == null ? "" : category.getName();
      product.getVariants().forEach(ProductVariant::getOptions);
      assertThat(categoryName).isNotNull();
      assertThat(product.getVariants()).isNotEmpty();
      assertThat(product.getVariants().get(0).getOptions()).isNotEmpty();
      return statements.get();
    } finally {
      session.getEventManager().removeListener(counter);
    }
  }

  private List<Product> detail(long id, String code) {
    return em.createNamedQuery(Product.FIND_DETAIL_BY_ID_OR_CODE, Product.class)
        .setParameter("id", id)
        .setParameter("code", code)
        .getResultList();
  }
}
