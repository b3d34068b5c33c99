package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductTest {

  private final Product chair = new Product("4794339885", "Office Chair", null, null);

  @Test
  void itemCodesAreUniqueWithinAProduct() {
    chair.addVariant("8426249116", new BigDecimal("488.81"), 1, Map.of());

    assertThatThrownBy(() -> chair.addVariant("8426249116", BigDecimal.ONE, 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has a variant");
    assertThat(chair.getVariants()).hasSize(1);
  }

  @Test
  void removingAVariantTheProductDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> chair.removeVariant("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removeVariantDropsIt() {
    chair.addVariant("1", BigDecimal.ONE, 1, Map.of());

    chair.removeVariant("1");

    assertThat(chair.variant("1")).isEmpty();
  }

  @Test
  void availableVariantsSkipsOutOfStock() {
    chair.addVariant("in", BigDecimal.ONE, 1, Map.of());
    chair.addVariant("out", BigDecimal.ONE, 0, Map.of());

    assertThat(chair.availableVariants()).extracting(ProductVariant::getCode).containsExactly("in");
  }

  @Test
  void aProductWithoutVariantsHasNoPriceRange() {
    assertThat(chair.getMinPrice()).isNull();
    assertThat(chair.getMaxPrice()).isNull();
  }

  @Test
  void thePriceRangeFollowsVariantsAddedRepricedAndRemoved() {
    chair.addVariant("a", new BigDecimal("20.00"), 1, Map.of());
    ProductVariant b = chair.addVariant("b", new BigDecimal("5.50"), 0, Map.of());
    chair.addVariant("c", new BigDecimal("12.00"), 3, Map.of());
    assertThat(chair.getMinPrice()).isEqualTo("5.50");
    assertThat(chair.getMaxPrice()).isEqualTo("20.00");

    b.changePrice(new BigDecimal("30.00"));
    assertThat(chair.getMinPrice()).isEqualTo("12.00");
    assertThat(chair.getMaxPrice()).isEqualTo("30.00");

    chair.removeVariant("b");
    assertThat(chair.getMinPrice()).isEqualTo("12.00");
    assertThat(chair.getMaxPrice()).isEqualTo("20.00");

    chair.removeVariant("a");
    chair.removeVariant("c");
    assertThat(chair.getMinPrice()).isNull();
    assertThat(chair.getMaxPrice()).isNull();
  }

  @Test
  void productNeedsCodeAndName() {
    assertThatThrownBy(() -> new Product(" ", "x", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Product("1", null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void categorySlugIsLowerCaseWordsJoinedByDashes() {
    assertThat(new Category("Office-Furniture", "Office", null).getSlug())
        .isEqualTo("office-furniture");
    assertThatThrownBy(() -> new Category("office furniture", "Office", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Category("-office", "Office", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
