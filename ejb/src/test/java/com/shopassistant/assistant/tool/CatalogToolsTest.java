package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.shopassistant.catalog.CategoryRef;
import com.shopassistant.catalog.CategorySummary;
import com.shopassistant.catalog.ProductDetail;
import com.shopassistant.catalog.ProductPage;
import com.shopassistant.catalog.ProductQuery;
import com.shopassistant.catalog.ProductSort;
import com.shopassistant.catalog.ProductSummary;
import com.shopassistant.catalog.UnknownCategoryException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CatalogToolsTest {

  private final Tools tools = new Tools();

  private static ProductSummary product(int n, String min, String max, boolean inStock) {
    return new ProductSummary(
        n,
        "P" + n,
        "Lamp " + n,
        "A lamp.",
        new CategoryRef("home-office", "Home Office"),
        new BigDecimal(min),
        new BigDecimal(max),
        "USD",
        inStock,
        2);
  }

  private static ProductDetail.Variant variant(String code, String color, int stock) {
    return new ProductDetail.Variant(
        code.hashCode(),
        code,
        new TreeMap<>(Map.of("color", color)),
        new BigDecimal("10.00"),
        stock,
        stock > 0);
  }

  private static ProductDetail lamp(List<ProductDetail.Variant> variants, String description) {
    return new ProductDetail(
        1,
        "P1",
        "Lamp",
        description,
        new CategoryRef("home-office", "Home Office"),
        true,
        new BigDecimal("10.00"),
        new BigDecimal("10.00"),
        "USD",
        true,
        variants);
  }

  @Test
  void searchReadsEveryArgumentIntoTheQuery() throws Exception {
    when(tools.catalog.search(any())).thenReturn(new ProductPage(List.of(), 2, 10, 0));

    tools.run(
        "search_products",
        Map.of(
            "query", "Blue lamp, cheap",
            "category", "Home-Office",
            "min_price", 10,
            "max_price", "50.5",
            "in_stock_only", true,
            "sort", "price_asc",
            "page", 2.0));

    ArgumentCaptor<ProductQuery> query = ArgumentCaptor.forClass(ProductQuery.class);
    verify(tools.catalog).search(query.capture());
    assertThat(query.getValue())
        .isEqualTo(
            new ProductQuery(
                List.of("blue", "lamp", "cheap"),
                "home-office",
                new BigDecimal("10"),
                new BigDecimal("50.5"),
                true,
                ProductSort.PRICE_ASC,
                2,
                10));
  }

  @Test
  void searchAnswersTenProductsTheTotalAndHowManyMore() throws Exception {
    List<ProductSummary> page =
        IntStream.rangeClosed(1, 10).mapToObj(n -> product(n, "10.00", "10.00", true)).toList();
    when(tools.catalog.search(any())).thenReturn(new ProductPage(page, 1, 10, 25));

    ToolResult result = tools.run("search_products", Map.of("query", "lamp"));

    assertThat(result.data())
        .containsEntry("total", 25L)
        .containsEntry("more_products", 15L)
        .containsEntry("page", 1)
        .containsEntry("currency", "USD");
    assertThat((List<?>) result.data().get("products")).hasSize(10);
    assertThat(result.summary()).isEqualTo("25 products found");
  }

  @Test
  void aProductShowsItsPriceRangeOnlyWhenPricesDiffer() throws Exception {
    when(tools.catalog.search(any()))
        .thenReturn(
            new ProductPage(
                List.of(product(1, "10.00", "10.00", false), product(2, "5.00", "7.50", true)),
                1,
                10,
                2));

    ToolResult result = tools.run("search_products", Map.of());

    assertThat(result.data().get("products"))
        .isEqualTo(
            List.of(
                Map.of(
                    "code",
                    "P1",
                    "name",
                    "Lamp 1",
                    "price_from",
                    "10.00",
                    "in_stock",
                    false,
                    "category",
                    "home-office"),
                Map.of(
                    "code",
                    "P2",
                    "name",
                    "Lamp 2",
                    "price_from",
                    "5.00",
                    "price_to",
                    "7.50",
                    "in_stock",
                    true,
                    "category",
                    "home-office")));
    assertThat(result.data()).doesNotContainKeys("more_products", "page");
  }

  @Test
  void moreThanTenWordsAreCutToTen() throws Exception {
    when(tools.catalog.search(any())).thenReturn(new ProductPage(List.of(), 1, 10, 0));

    tools.run("search_products", Map.of("query", "a b c d e f g h i j k l"));

    ArgumentCaptor<ProductQuery> query = ArgumentCaptor.forClass(ProductQuery.class);
    verify(tools.catalog).search(query.capture());
    assertThat(query.getValue().words()).hasSize(10).endsWith("j");
  }

  @Test
  void aMinimumAboveTheMaximumIsRefusedBeforeSearching() {
    ToolResult result = tools.run("search_products", Map.of("min_price", 50, "max_price", 10));

    assertThat(result.data())
        .containsEntry("error", "invalid-argument")
        .containsEntry("detail", "min_price must not be more than max_price");
    verifyNoInteractions(tools.catalog);
  }

  @Test
  void anUnknownSortIsRefused() {
    assertThat(tools.run("search_products", Map.of("sort", "newest")).data())
        .containsEntry("error", "invalid-argument");
  }

  @Test
  void anUnknownCategoryIsTheApiValidationError() throws Exception {
    when(tools.catalog.search(any())).thenThrow(new UnknownCategoryException("gadgets"));

    ToolResult result = tools.run("search_products", Map.of("category", "gadgets"));

    assertThat(result.data()).containsEntry("error", "validation-failed");
    assertThat((String) result.data().get("detail")).contains("category", "gadgets");
  }

  @Test
  void detailsListAvailableVariantsFirstAndCutAtTen() {
    List<ProductDetail.Variant> variants =
        IntStream.range(0, 13)
            .mapToObj(n -> variant("V" + n, "c" + n, n % 2 == 0 ? 0 : 3))
            .toList();
    when(tools.catalog.product("P1")).thenReturn(Optional.of(lamp(variants, "word ".repeat(90))));

    ToolResult result = tools.run("get_product_details", Map.of("product", "P1"));

    List<Object> shown = Tools.list(result.data().get("variants"));
    assertThat(shown).hasSize(10);
    assertThat(result.data()).containsEntry("more_variants", 3).containsEntry("currency", "USD");
    assertThat(shown.subList(0, 6))
        .allSatisfy(v -> assertThat(Tools.object(v)).containsEntry("available", true));
    assertThat(shown.get(0))
        .isEqualTo(
            Map.of(
                "item_code",
                "V1",
                "options",
                "color: c1",
                "price",
                "10.00",
                "available",
                true,
                "stock",
                3));
    assertThat((String) result.data().get("description"))
        .hasSizeLessThanOrEqualTo(300)
        .endsWith("…");
  }

  @Test
  void detailsCanKeepOnlyTheVariantsWithSomeOptions() {
    when(tools.catalog.product("P1"))
        .thenReturn(
            Optional.of(
                lamp(List.of(variant("V1", "Blue", 1), variant("V2", "Red", 1)), "A lamp.")));

    ToolResult result =
        tools.run("get_product_details", Map.of("product", "P1", "options", "blue"));

    assertThat(Tools.list(result.data().get("variants")))
        .singleElement()
        .satisfies(v -> assertThat(Tools.object(v)).containsEntry("item_code", "V1"));
  }

  @Test
  void anUnknownProductIsTheApiProductNotFound() {
    when(tools.catalog.product("nope")).thenReturn(Optional.empty());

    assertThat(tools.run("get_product_details", Map.of("product", "nope")).data())
        .containsEntry("error", "product-not-found")
        .containsEntry("detail", "No product has the id or code 'nope'.");
  }

  @Test
  void checkStockAnswersTheItemAndItsQuantity() {
    when(tools.items.productOfItem("V2"))
        .thenReturn(
            Optional.of(lamp(List.of(variant("V1", "Blue", 1), variant("V2", "Red", 0)), null)));

    ToolResult result = tools.run("check_stock", Map.of("item_code", "V2"));

    assertThat(result.data())
        .isEqualTo(
            Map.of(
                "item_code",
                "V2",
                "product",
                "Lamp",
                "options",
                "color: Red",
                "available",
                false,
                "quantity",
                0));
  }

  @Test
  void checkStockOfAnUnknownItemIsVariantNotFound() {
    when(tools.items.productOfItem("X")).thenReturn(Optional.empty());

    assertThat(tools.run("check_stock", Map.of("item_code", "X")).data())
        .containsEntry("error", "variant-not-found")
        .containsEntry("detail", "There is no item with code X.");
  }

  @Test
  void everyCategoryIsListedEvenBeyondTen() {
    when(tools.catalog.categories())
        .thenReturn(
            IntStream.range(0, 12)
                .mapToObj(n -> new CategorySummary("c" + n, "C" + n, n))
                .toList());

    ToolResult result = tools.run("list_categories", Map.of());

    assertThat((List<?>) result.data().get("categories")).hasSize(12);
    assertThat(((List<?>) result.data().get("categories")).get(3))
        .isEqualTo(Map.of("slug", "c3", "name", "C3", "products", 3L));
    assertThat(result.data()).doesNotContainKey("more_categories");
  }
}
