package com.shopassistant.it.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.shopassistant.cart.CartContents;
import com.shopassistant.cart.CartException;
import com.shopassistant.cart.CartService;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link CartService} inside Liberty on PostgreSQL, where the HTTP tests cannot reach: racing first
 * changes, a customer that no longer exists, and rows changed past this instance's JPA cache (as
 * another Cloud Run instance changes them).
 */
@ExtendWith(ArquillianExtension.class)
class CartServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CartServiceIT.class.getPackage());
  }

  @Inject CartService carts;
  @Inject CartFixtures fixtures;

  private final String product = "CART-SVC-" + UUID.randomUUID().toString().substring(0, 8);
  private final String first = product + "-0";
  private final String second = product + "-1";

  @Test
  void firstChangesRacingEachOtherShareOneCart() throws Exception {
    fixtures.newProduct(product, 40, 40);
    for (int round = 0; round < 5; round++) {
      long customer = fixtures.newGuest();

      List<CartContents> results =
          atOnce(() -> carts.addItem(customer, first, 1), () -> carts.addItem(customer, second, 2));

      assertThat(results).hasSize(2);
      assertThat(fixtures.cartsOf(customer)).isEqualTo(1);
      assertThat(carts.view(customer).lines())
          .extracting(CartContents.Line::itemCode, CartContents.Line::quantity)
          .containsExactlyInAnyOrder(tuple(first, 1), tuple(second, 2));
    }
  }

  @Test
  void aCustomerThatNoLongerExistsGetsNoCart() {
    fixtures.newProduct(product, 5);
    long gone = Long.MAX_VALUE - 7;

    CartException refused =
        catchThrowableOfType(CartException.class, () -> carts.addItem(gone, first, 1));

    assertThat(refused.kind()).isEqualTo(CartException.Kind.ACCOUNT_NOT_FOUND);
    assertThat(fixtures.cartsOf(gone)).isZero();
    assertThat(carts.view(gone)).isEqualTo(CartContents.EMPTY);
  }

  @Test
  void stockChangedElsewhereIsWhatIsChecked() throws Exception {
    fixtures.newProduct(product, 3);
    long customer = fixtures.newGuest();
    carts.addItem(customer, first, 1);

    fixtures.setStockBySql(first, 1);

    CartException refused =
        catchThrowableOfType(CartException.class, () -> carts.addItem(customer, first, 1));
    assertThat(refused.kind()).isEqualTo(CartException.Kind.INSUFFICIENT_STOCK);
    assertThat(refused.getMessage()).startsWith("Only 1 of item " + first + " ");
    CartContents.Line line = carts.view(customer).lines().get(0);
    assertThat(line.availableStock()).isEqualTo(1);
    assertThat(line.purchasable()).isTrue();
  }

  @Test
  void aProductWithdrawnElsewhereCannotBeAddedAndIsShownUnpurchasable() throws Exception {
    fixtures.newProduct(product, 10, 10);
    long customer = fixtures.newGuest();
    carts.addItem(customer, first, 2);

    fixtures.withdrawBySql(product);

    CartException refused =
        catchThrowableOfType(CartException.class, () -> carts.addItem(customer, second, 1));
    assertThat(refused.kind()).isEqualTo(CartException.Kind.VARIANT_UNAVAILABLE);
    CartContents.Line line = carts.view(customer).lines().get(0);
    assertThat(line.availableStock()).isZero();
    assertThat(line.purchasable()).isFalse();
  }

  @Test
  void aLineAddedByAnotherInstanceIsSeenAndRaisedNotDuplicated() throws Exception {
    fixtures.newProduct(product, 10, 10);
    long customer = fixtures.newGuest();
    carts.addItem(customer, first, 1);
    assertThat(carts.view(customer).lines()).hasSize(1);

    fixtures.addLineBySql(customer, second, 2);

    assertThat(carts.view(customer).lines()).hasSize(2);
    CartContents after = carts.addItem(customer, second, 3);
    assertThat(after.lines())
        .filteredOn(line -> line.itemCode().equals(second))
        .singleElement()
        .extracting(CartContents.Line::quantity)
        .isEqualTo(5);
  }

  private interface CartCall {
    CartContents call() throws Exception;
  }

  /** Runs the calls on threads of their own, released together; fails if one hangs. */
  private static List<CartContents> atOnce(CartCall... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CyclicBarrier gate = new CyclicBarrier(calls.length);
      List<Future<CartContents>> pending = new ArrayList<>();
      for (CartCall call : calls) {
        pending.add(
            pool.submit(
                () -> {
                  gate.await(30, TimeUnit.SECONDS);
                  return call.call();
                }));
      }
      List<CartContents> results = new ArrayList<>();
      for (Future<CartContents> result : pending) {
        results.add(result.get(90, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
