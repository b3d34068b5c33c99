package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductVariantTest {

  private final Product shirt = new Product("9523456873", "T-Shirt", null, null);

  private ProductVariant variantWithStock(int stock) {
    return shirt.addVariant("9612497925", new BigDecimal("50.88"), stock, Map.of("size", "M"));
  }

  @Test
  void decrementStockTakesUnitsOut() {
    ProductVariant variant = variantWithStock(3);

    variant.decrementStock(3);

    assertThat(variant.getStockQuantity()).isZero();
  }

  @Test
  void decrementStockRefusesToGoBelowZeroAndLeavesStockAsItWas() {
    ProductVariant variant = variantWithStock(2);

    assertThatThrownBy(() -> variant.decrementStock(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only 2 of item 9612497925");
    assertThat(variant.getStockQuantity()).isEqualTo(2);
  }

  @Test
  void stockChangesNeedAPositiveQuantity() {
    ProductVariant variant = variantWithStock(2);

    assertThatThrownBy(() -> variant.decrementStock(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> variant.decrementStock(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> variant.incrementStock(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(variant.getStockQuantity()).isEqualTo(2);
  }

  @Test
  void incrementStockAddsUnits() {
    ProductVariant variant = variantWithStock(0);

    variant.incrementStock(5);

    assertThat(variant.getStockQuantity()).isEqualTo(5);
  }

  @Test
  void stockCannotStartOrBeCountedNegative() {
    assertThatThrownBy(() -> variantWithStock(-1)).isInstanceOf(IllegalArgumentException.class);
    ProductVariant variant = variantWithStock(1);
    assertThatThrownBy(() -> variant.adjustStockTo(-1))
        .isInstanceOf(IllegalArgumentException.class);
    variant.adjustStockTo(0);
    assertThat(variant.getStockQuantity()).isZero();
  }

  @Test
  void availableOnlyWhenInStockAndTheProductIsActive() {
    ProductVariant variant = variantWithStock(1);
    assertThat(variant.isAvailable()).isTrue();

    shirt.deactivate();
    assertThat(variant.isAvailable()).isFalse();

    shirt.activate();
    variant.decrementStock(1);
    assertThat(variant.isAvailable()).isFalse();
  }

  @Test
  void canSupplyComparesWithStock() {
    ProductVariant variant = variantWithStock(2);

    assertThat(variant.canSupply(2)).isTrue();
    assertThat(variant.canSupply(3)).isFalse();
    assertThat(variant.canSupply(0)).isFalse();
  }

  @Test
  void priceMustBeMoneyAndNotNegative() {
    ProductVariant variant = variantWithStock(1);

    assertThatThrownBy(() -> variant.changePrice(new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> variant.changePrice(new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 decimals");
    variant.changePrice(new BigDecimal("7"));
    assertThat(variant.getPrice()).isEqualTo(new BigDecimal("7.00"));
  }

  @Test
  void optionsComeBackOrderedByName() {
    ProductVariant variant =
        shirt.addVariant(
            "1", BigDecimal.ONE, 1, Map.of("size", "M", "color", "blue", "material", "cotton"));

    assertThat(variant.getOptions())
        .containsExactly(entry("color", "blue"), entry("material", "cotton"), entry("size", "M"));
    assertThat(variant.option("color")).contains("blue");
  }

  @Test
  void blankOptionValuesAreRefused() {
    ProductVariant variant = variantWithStock(1);

    assertThatThrownBy(() -> variant.putOption("color", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
