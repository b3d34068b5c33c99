package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an import changes on stored catalog rows, decided without a database. */
class CatalogMergeTest {

  private final CategoryRecord kitchen =
      new CategoryRecord("home-kitchen", "Home & Kitchen", "Pots.");
  private final Category kitchenEntity = CatalogMerge.create(kitchen);
  private final VariantRecord black =
      new VariantRecord(
          "v1", Map.of("color", "black", "size", "1L"), new BigDecimal("19.99"), 20, false);
  private final ProductRecord kettle =
      new ProductRecord("p1", "Kettle", "Boils water.", "home-kitchen", List.of(black));

  @Test
  void sameCategoryIsUnchanged() {
    assertThat(CatalogMerge.update(kitchenEntity, kitchen)).isEqualTo(RowOutcome.UNCHANGED);
  }

  @Test
  void renamedCategoryIsUpdated() {
    RowOutcome outcome =
        CatalogMerge.update(kitchenEntity, new CategoryRecord("home-kitchen", "Kitchen", null));

    assertThat(outcome).isEqualTo(RowOutcome.UPDATED);
    assertThat(kitchenEntity.getName()).isEqualTo("Kitchen");
    assertThat(kitchenEntity.getDescription()).isNull();
  }

  @Test
  void sameProductIsUnchangedEvenWithAnotherCategoryInstance() {
    Product p = product();

    assertThat(CatalogMerge.update(p, kettle, CatalogMerge.create(kitchen)))
        .isEqualTo(RowOutcome.UNCHANGED);
    assertThat(CatalogMerge.update(p.variant("v1").orElseThrow(), black))
        .isEqualTo(RowOutcome.UNCHANGED);
  }

  @Test
  void productMovesToItsNewCategory() {
    Product p = product();
    Category appliances = new Category("appliances", "Appliances", null);

    assertThat(CatalogMerge.update(p, kettle, appliances)).isEqualTo(RowOutcome.UPDATED);
    assertThat(p.getCategory().getSlug()).isEqualTo("appliances");
  }

  @Test
  void productWithoutCategoryGetsOne() {
    Product p = new Product("p1", "Kettle", "Boils water.", null);

    assertThat(CatalogMerge.update(p, kettle, kitchenEntity)).isEqualTo(RowOutcome.UPDATED);
  }

  @Test
  void variantFollowsPriceAndOptions() {
    ProductVariant v = product().variant("v1").orElseThrow();
    VariantRecord changed =
        new VariantRecord("v1", Map.of("color", "red"), new BigDecimal("17.50"), 20, false);

    assertThat(CatalogMerge.update(v, changed)).isEqualTo(RowOutcome.UPDATED);
    assertThat(v.getPrice()).isEqualByComparingTo("17.50");
    assertThat(v.getOptions()).containsExactly(Map.entry("color", "red"));
  }

  @Test
  void derivedStockDoesNotUndoSales() {
    ProductVariant v = product().variant("v1").orElseThrow();
    v.decrementStock(3);

    assertThat(CatalogMerge.update(v, black)).isEqualTo(RowOutcome.UNCHANGED);
    assertThat(v.getStockQuantity()).isEqualTo(17);
  }

  @Test
  void statedStockIsApplied() {
    ProductVariant v = product().variant("v1").orElseThrow();
    VariantRecord counted = new VariantRecord("v1", black.options(), black.price(), 5, true);

    assertThat(CatalogMerge.update(v, counted)).isEqualTo(RowOutcome.UPDATED);
    assertThat(v.getStockQuantity()).isEqualTo(5);
    assertThat(CatalogMerge.update(v, counted)).isEqualTo(RowOutcome.UNCHANGED);
  }

  private Product product() {
    Product p = CatalogMerge.create(kettle, kitchenEntity);
    CatalogMerge.addVariant(p, black);
    return p;
  }
}
