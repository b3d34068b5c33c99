package com.shopassistant.assistant.tool;

import static com.shopassistant.assistant.tool.ToolParameter.Type.BOOLEAN;
import static com.shopassistant.assistant.tool.ToolParameter.Type.INTEGER;
import static com.shopassistant.assistant.tool.ToolParameter.Type.NUMBER;
import static com.shopassistant.assistant.tool.ToolParameter.Type.STRING;

import com.shopassistant.catalog.CatalogItemService;
import com.shopassistant.catalog.CatalogService;
import com.shopassistant.catalog.CategorySummary;
import com.shopassistant.catalog.ProductDetail;
import com.shopassistant.catalog.ProductPage;
import com.shopassistant.catalog.ProductQuery;
import com.shopassistant.catalog.ProductSort;
import com.shopassistant.catalog.ProductSummary;
import com.shopassistant.catalog.SearchWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The catalog's tools: search, a product's variants, one item's stock, the categories. */
@ApplicationScoped
public class CatalogTools implements ToolSet {

  /**
   * The category list is the vocabulary of the search's category filter, so it is answered whole up
   * to this many (the store has about a dozen), not cut at {@link ToolResultCompressor#MAX_LIST}.
   */
  static final int MAX_CATEGORIES = 30;

  private static final int MAX_PAGE = 100;
  private static final List<String> SORTS = List.of("relevance", "price_asc", "price_desc", "name");

  @Inject CatalogService catalog;
  @Inject CatalogItemService items;

  /** For CDI. */
  protected CatalogTools() {}

  CatalogTools(CatalogService catalog, CatalogItemService items) {
    this.catalog = catalog;
    this.items = items;
  }

  @Override
  public List<ShopTool> tools() {
    return List.of(
        AdapterTool.reading(
            new ToolDeclaration(
                "search_products",
                "Find products on sale, 10 a page.",
                List.of(
                    ToolParameter.optional("query", STRING, ""),
                    ToolParameter.optional("category", STRING, "slug"),
                    ToolParameter.optional("min_price", NUMBER, ""),
                    ToolParameter.optional("max_price", NUMBER, ""),
                    ToolParameter.optional("in_stock_only", BOOLEAN, ""),
                    ToolParameter.oneOf("sort", false, "", SORTS),
                    ToolParameter.optional("page", INTEGER, ""))),
            this::search),
        AdapterTool.reading(
            new ToolDeclaration(
                "get_product_details",
                "A product and its variants: item codes, options, prices, stock.",
                List.of(
                    ToolParameter.required("product", STRING, "product code or id"),
                    ToolParameter.optional("options", STRING, "e.g. blue XL"))),
            this::details),
        AdapterTool.reading(
            new ToolDeclaration(
                "check_stock",
                "Whether an item can be bought now, and how many are left.",
                List.of(ToolParameter.required("item_code", STRING, ""))),
            this::stock),
        AdapterTool.reading(
            new ToolDeclaration(
                "list_categories", "The store's categories: slug, name, products.", List.of()),
            this::categories));
  }

  private ToolResult search(ToolArguments arguments, ToolContext context) throws Exception {
    List<String> words = SearchWords.of(Args.optionalText(arguments, "query", 200));
    String category = Args.optionalText(arguments, "category", 100);
    BigDecimal min = price(arguments, "min_price");
    BigDecimal max = price(arguments, "max_price");
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new ToolArgumentException("min_price must not be more than max_price");
    }
    int page = (int) Math.min(MAX_PAGE, Math.max(1, arguments.optionalWhole("page").orElse(1L)));
    ProductQuery query =
        new ProductQuery(
            words.subList(0, Math.min(words.size(), ProductQuery.MAX_WORDS)),
            category == null ? null : category.toLowerCase(Locale.ROOT),
            min,
            max,
            arguments.optionalFlag("in_stock_only").orElse(false),
            sort(arguments),
            page,
            ToolResultCompressor.MAX_LIST);
    ProductPage found = catalog.search(query);
    List<Map<String, Object>> products = found.items().stream().map(this::summary).toList();
    long after = found.total() - (long) (page - 1) * found.size() - products.size();
    Fields data = Fields.of().put("total", found.total()).put("products", products);
    if (after > 0) {
      data.put("more_products", after).put("page", page);
    }
    if (!products.isEmpty()) {
      data.put("currency", ProductSummary.CURRENCY);
    }
    return ToolResult.ok("search_products", data.map(), found.total() + " products found");
  }

  private Map<String, Object> summary(ProductSummary product) {
    Fields fields =
        Fields.of()
            .put("code", product.code())
            .put("name", product.name())
            .money("price_from", product.minPrice());
    if (product.maxPrice() != null && !product.maxPrice().equals(product.minPrice())) {
      fields.money("price_to", product.maxPrice());
    }
    return fields
        .put("in_stock", product.inStock())
        .put("category", product.category() == null ? null : product.category().slug())
        .map();
  }

  private ToolResult details(ToolArguments arguments, ToolContext context) throws Exception {
    String key = Args.text(arguments, "product", 100);
    Optional<ProductDetail> found = catalog.product(key);
    if (found.isEmpty()) {
      return ToolResult.error(
          "get_product_details",
          ToolErrors.PRODUCT_NOT_FOUND,
          "No product has the id or code '" + key + "'.");
    }
    ProductDetail product = found.get();
    List<String> wanted = SearchWords.of(Args.optionalText(arguments, "options", 200));
    List<Map<String, Object>> variants =
        product.variants().stream()
            .filter(v -> matches(v, wanted))
            .sorted(Comparator.comparing(v -> !v.available()))
            .map(CatalogTools::variant)
            .toList();
    Fields data =
        Fields.of()
            .put("code", product.code())
            .put("name", product.name())
            .put("description", ToolResultCompressor.shorten(product.description(), 300))
            .put("category", product.category() == null ? null : product.category().slug())
            .flag("withdrawn", !product.active())
            .list("variants", variants)
            .put("currency", product.currency());
    return ToolResult.ok(
        "get_product_details", data.map(), product.name() + ": " + variants.size() + " variants");
  }

  private static boolean matches(ProductDetail.Variant variant, List<String> words) {
    String options = String.join(" ", variant.options().values()).toLowerCase(Locale.ROOT);
    return words.stream().allMatch(options::contains);
  }

  private static Map<String, Object> variant(ProductDetail.Variant variant) {
    return Fields.of()
        .put("item_code", variant.itemCode())
        .put("options", ToolResultCompressor.options(variant.options()))
        .money("price", variant.price())
        .put("available", variant.available())
        .put("stock", variant.stockQuantity())
        .map();
  }

  private ToolResult stock(ToolArguments arguments, ToolContext context) throws Exception {
    String code = Args.text(arguments, "item_code", Args.MAX_CODE);
    Optional<ProductDetail> product = items.productOfItem(code);
    Optional<ProductDetail.Variant> variant = product.flatMap(p -> variantOf(p, code));
    if (variant.isEmpty()) {
      return ToolResult.error(
          "check_stock", ToolErrors.VARIANT_NOT_FOUND, "There is no item with code " + code + ".");
    }
    ProductDetail.Variant item = variant.get();
    Map<String, Object> data =
        Fields.of()
            .put("item_code", item.itemCode())
            .put("product", product.get().name())
            .put("options", ToolResultCompressor.options(item.options()))
            .put("available", item.available())
            .put("quantity", item.stockQuantity())
            .map();
    return ToolResult.ok(
        "check_stock", data, code + (item.available() ? " available" : " not available"));
  }

  private static Optional<ProductDetail.Variant> variantOf(ProductDetail product, String code) {
    return product.variants().stream().filter(v -> v.itemCode().equals(code)).findFirst();
  }

  private ToolResult categories(ToolArguments arguments, ToolContext context) {
    List<Map<String, Object>> categories =
        catalog.categories().stream().map(CatalogTools::category).toList();
    Map<String, Object> data = Fields.of().list("categories", categories, MAX_CATEGORIES).map();
    return ToolResult.ok("list_categories", data, categories.size() + " categories");
  }

  private static Map<String, Object> category(CategorySummary category) {
    return Fields.of()
        .put("slug", category.slug())
        .put("name", category.name())
        .put("products", category.productCount())
        .map();
  }

  private static BigDecimal price(ToolArguments arguments, String name)
      throws ToolArgumentException {
    Optional<BigDecimal> price = arguments.optionalDecimal(name);
    if (price.isPresent() && price.get().signum() < 0) {
      throw new ToolArgumentException(name + " must not be negative");
    }
    return price.orElse(null);
  }

  private static ProductSort sort(ToolArguments arguments) throws ToolArgumentException {
    Optional<String> sort = arguments.optionalText("sort");
    if (sort.isEmpty()) {
      return null;
    }
    if (!SORTS.contains(sort.get().toLowerCase(Locale.ROOT))) {
      throw new ToolArgumentException("sort must be one of " + String.join(", ", SORTS));
    }
    return ProductSort.fromParameter(sort.get()).orElseThrow();
  }
}
