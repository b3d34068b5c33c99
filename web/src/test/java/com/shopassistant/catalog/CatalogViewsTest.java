package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The JSON the catalog answers with, as clients read it. */
class CatalogViewsTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Test
  void aPageListsSummariesWithPricesAndPageInformation() {
    ProductSummary lamp =
        new ProductSummary(
            7,
            "P7",
            "Desk Lamp",
            "A bright lamp.",
            new CategoryRef("lighting", "Lighting"),
            new BigDecimal("10.00"),
            new BigDecimal("14.50"),
            "USD",
            true,
            2);
    ProductPage page = new ProductPage(List.of(lamp), 2, 1, 3);

    assertThat(jsonb.toJson(ProductPageView.of(page)))
        .isEqualTo(
            "{\"items\":[{\"id\":7,\"code\":\"P7\",\"name\":\"Desk Lamp\","
                + "\"shortDescription\":\"A bright lamp.\","
                + "\"category\":{\"slug\":\"lighting\",\"name\":\"Lighting\"},"
                + "\"minPrice\":10.00,\"maxPrice\":14.50,\"currency\":\"USD\","
                + "\"inStock\":true,\"variantCount\":2}],"
                + "\"page\":2,\"size\":1,\"total\":3,\"totalPages\":3}");
  }

  @Test
  void absentValuesAreLeftOut() {
    ProductSummary bare =
        new ProductSummary(8, "P8", "Bare", null, null, null, null, "USD", false, 0);

    assertThat(jsonb.toJson(ProductSummaryView.of(bare)))
        .isEqualTo(
            "{\"id\":8,\"code\":\"P8\",\"name\":\"Bare\",\"currency\":\"USD\","
                + "\"inStock\":false,\"variantCount\":0}");
  }

  @Test
  void aProductShowsEveryVariant() {
    TreeMap<String, String> options = new TreeMap<>();
    options.put("size", "M");
    options.put("color", "blue");
    ProductDetail detail =
        new ProductDetail(
            3,
            "P3",
            "T-Shirt",
            "Soft.",
            null,
            false,
            new BigDecimal("20.00"),
            new BigDecimal("20.00"),
            "USD",
            false,
            List.of(
                new ProductDetail.Variant(31, "V31", options, new BigDecimal("20.00"), 4, false)));

    assertThat(jsonb.toJson(ProductView.of(detail)))
        .isEqualTo(
            "{\"id\":3,\"code\":\"P3\",\"name\":\"T-Shirt\",\"description\":\"Soft.\","
                + "\"active\":false,\"minPrice\":20.00,\"maxPrice\":20.00,\"currency\":\"USD\","
                + "\"inStock\":false,\"variants\":[{\"id\":31,\"itemCode\":\"V31\","
                + "\"options\":{\"color\":\"blue\",\"size\":\"M\"},\"price\":20.00,"
                + "\"stockQuantity\":4,\"available\":false}]}");
  }

  @Test
  void aCategoryShowsItsCount() {
    assertThat(jsonb.toJson(CategoryView.of(new CategorySummary("audio", "Audio", 12))))
        .isEqualTo("{\"slug\":\"audio\",\"name\":\"Audio\",\"productCount\":12}");
  }
}
