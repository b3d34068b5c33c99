package com.shopassistant.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.checkout.DiscountType;
import com.shopassistant.checkout.Voucher;
import com.shopassistant.customer.Customer;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CartTest {

  private final Product bottle = new Product("8310926033", "Water Bottle", null, null);
  private final ProductVariant blue =
      bottle.addVariant("6469567736", new BigDecimal("47.84"), 5, Map.of("color", "blue"));
  private final ProductVariant red =
      bottle.addVariant("1111111111", new BigDecimal("10.00"), 5, Map.of("color", "red"));
  private final Cart cart = new Cart(Customer.guest("guest-1"));

  @Test
  void addingTheSameVariantAgainRaisesItsLine() {
    CartLine first = cart.addOrIncrease(blue, 1);
    CartLine again = cart.addOrIncrease(blue, 2);

    assertThat(again).isSameAs(first);
    assertThat(cart.getLines()).hasSize(1);
    assertThat(first.getQuantity()).isEqualTo(3);
  }

  @Test
  void aDifferentVariantGetsItsOwnLine() {
    cart.addOrIncrease(blue, 1);
    cart.addOrIncrease(red, 1);

    assertThat(cart.getLines()).hasSize(2);
    assertThat(cart.itemCount()).isEqualTo(2);
  }

  @Test
  void addingLessThanOneIsRefused() {
    assertThatThrownBy(() -> cart.addOrIncrease(blue, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(cart.isEmpty()).isTrue();
  }

  @Test
  void lineQuantityNeverDropsBelowOne() {
    CartLine line = cart.addOrIncrease(blue, 2);

    assertThatThrownBy(() -> line.changeQuantity(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> cart.changeQuantity(blue.getCode(), -3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(line.getQuantity()).isEqualTo(2);
  }

  @Test
  void changeQuantitySetsTheLine() {
    cart.addOrIncrease(blue, 2);

    cart.changeQuantity(blue.getCode(), 5);

    assertThat(cart.line(blue.getCode()).orElseThrow().getQuantity()).isEqualTo(5);
  }

  @Test
  void removeLineDropsItAndRefusesUnknownItems() {
    cart.addOrIncrease(blue, 1);

    cart.removeLine(blue.getCode());

    assertThat(cart.isEmpty()).isTrue();
    assertThatThrownBy(() -> cart.removeLine(blue.getCode()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no item with code");
  }

  @Test
  void subtotalSumsTheLinesAtCurrentPrices() {
    cart.addOrIncrease(blue, 2);
    cart.addOrIncrease(red, 1);

    assertThat(cart.subtotal()).isEqualByComparingTo("105.68");
  }

  @Test
  void clearEmptiesTheCartAndDropsTheVoucher() {
    cart.addOrIncrease(blue, 1);
    cart.applyVoucher(new Voucher("SAVE5", null, DiscountType.FIXED_AMOUNT, BigDecimal.ONE, null));

    cart.clear();

    assertThat(cart.isEmpty()).isTrue();
    assertThat(cart.getVoucher()).isEmpty();
  }

  @Test
  void aLineHoldsAtMostTheMaximumAndATooLargeAddChangesNothing() {
    CartLine line = cart.addOrIncrease(blue, CartLine.MAX_QUANTITY - 1);

    cart.addOrIncrease(blue, 1);
    assertThat(line.getQuantity()).isEqualTo(CartLine.MAX_QUANTITY);

    assertThatThrownBy(() -> cart.addOrIncrease(blue, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + CartLine.MAX_QUANTITY);
    assertThat(line.getQuantity()).isEqualTo(CartLine.MAX_QUANTITY);
  }

  @Test
  void aNewLineAboveTheMaximumIsNotAdded() {
    assertThatThrownBy(() -> cart.addOrIncrease(red, CartLine.MAX_QUANTITY + 1))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(cart.isEmpty()).isTrue();
  }

  @Test
  void changeQuantityRefusesMoreThanTheMaximum() {
    cart.addOrIncrease(blue, 3);

    assertThatThrownBy(() -> cart.changeQuantity(blue.getCode(), CartLine.MAX_QUANTITY + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
    assertThat(cart.line(blue.getCode()).orElseThrow().getQuantity()).isEqualTo(3);
  }

  @Test
  void totalsAddUpOverSeveralLinesAtTwoDecimals() {
    ProductVariant cheap =
        bottle.addVariant("2222222222", new BigDecimal("0.10"), 50, Map.of("color", "green"));
    cart.addOrIncrease(blue, 3); // 143.52
    cart.addOrIncrease(red, 2); // 20.00
    cart.addOrIncrease(cheap, 7); // 0.70
    cart.addOrIncrease(red, 1); // +10.00

    assertThat(cart.getLines())
        .extracting(CartLine::lineTotal)
        .containsExactly(new BigDecimal("143.52"), new BigDecimal("30.00"), new BigDecimal("0.70"));
    assertThat(cart.subtotal()).isEqualTo(new BigDecimal("174.22"));
    assertThat(cart.itemCount()).isEqualTo(13);
  }

  @Test
  void anEmptyCartCostsNothingAndHoldsNothing() {
    assertThat(cart.subtotal()).isZero();
    assertThat(cart.itemCount()).isZero();
  }

  @Test
  void unsavedLinesHaveNoIdToBeFoundBy() {
    cart.addOrIncrease(blue, 1);

    assertThat(cart.getLines().get(0).getId()).isNull();
    assertThat(cart.line(0L)).isEmpty();
  }
}
