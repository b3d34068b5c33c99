package com.shopassistant.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CartRulesTest {

  private final Product bottle = new Product("8310926033", "Water Bottle", null, null);

  private ProductVariant withStock(int stock) {
    return bottle.addVariant("6469567736", new BigDecimal("47.84"), stock, Map.of("color", "blue"));
  }

  @Test
  void aLineUpToTheStockIsAllowed() {
    ProductVariant variant = withStock(5);

    assertThatCode(() -> CartRules.requireCanHold(variant, 1)).doesNotThrowAnyException();
    assertThatCode(() -> CartRules.requireCanHold(variant, 5)).doesNotThrowAnyException();
  }

  @Test
  void oneMoreThanTheStockIsInsufficientAndSaysHowManyThereAre() {
    ProductVariant variant = withStock(5);

    CartException e =
        catchThrowableOfType(CartException.class, () -> CartRules.requireCanHold(variant, 6));

    assertThat(e.kind()).isEqualTo(CartException.Kind.INSUFFICIENT_STOCK);
    assertThat(e.getMessage())
        .isEqualTo(
            "Only 5 of item 6469567736 (Water Bottle) are available; the cart would hold 6.");
  }

  @Test
  void oneUnitLeftIsSaidInTheSingular() {
    CartException e =
        catchThrowableOfType(CartException.class, () -> CartRules.requireCanHold(withStock(1), 2));

    assertThat(e.getMessage()).startsWith("Only 1 of item 6469567736 (Water Bottle) is available");
  }

  @Test
  void noStockIsOutOfStock() {
    CartException e =
        catchThrowableOfType(CartException.class, () -> CartRules.requireCanHold(withStock(0), 1));

    assertThat(e.kind()).isEqualTo(CartException.Kind.OUT_OF_STOCK);
    assertThat(e.getMessage()).contains("out of stock").contains("0 available");
  }

  @Test
  void aWithdrawnProductIsUnavailableWhateverItsStock() {
    ProductVariant variant = withStock(50);
    bottle.deactivate();

    CartException e =
        catchThrowableOfType(CartException.class, () -> CartRules.requireCanHold(variant, 1));

    assertThat(e.kind()).isEqualTo(CartException.Kind.VARIANT_UNAVAILABLE);
    assertThat(e.getMessage()).isEqualTo("Item 6469567736 (Water Bottle) is no longer sold.");
  }

  @Test
  void moreThanALineHoldsIsRefusedEvenWithStockEnough() {
    ProductVariant variant = withStock(500);

    assertThatCode(() -> CartRules.requireCanHold(variant, CartLine.MAX_QUANTITY))
        .doesNotThrowAnyException();
    CartException e =
        catchThrowableOfType(
            CartException.class,
            () -> CartRules.requireCanHold(variant, CartLine.MAX_QUANTITY + 1));

    assertThat(e.kind()).isEqualTo(CartException.Kind.QUANTITY_LIMIT);
    assertThat(e.getMessage()).contains("at most 99 units").contains("would hold 100");
  }

  @Test
  void tooFewInStockIsReportedBeforeTheLineLimit() {
    CartException e =
        catchThrowableOfType(
            CartException.class, () -> CartRules.requireCanHold(withStock(5), 120));

    assertThat(e.kind()).isEqualTo(CartException.Kind.INSUFFICIENT_STOCK);
  }
}
