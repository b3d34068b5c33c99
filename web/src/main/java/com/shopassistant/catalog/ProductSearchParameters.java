package com.shopassistant.catalog;

import com.shopassistant.api.InvalidPageRequestException;
import com.shopassistant.api.PageRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query parameters of {@code GET /api/v1/products}, read as text and checked here, so that a
 * bad one is a 400 naming it rather than JAX-RS's 404 for a parameter it cannot convert. All
 * problems of one request are reported together.
 */
public class ProductSearchParameters {

  /** The longest search text. */
  static final int MAX_QUERY_LENGTH = 200;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

  String q;
  String category;
  String minPrice;
  String maxPrice;
  String inStock;
  String sort;
  String page;
  String size;

  /**
   * The parameters of a request's query string, decoded, the first value of a name given twice (as
   * {@code @QueryParam} reads them). Read from the one map rather than injected as a
   * {@code @BeanParam}: RESTEasy built a copy of the query map for each of the eight fields and
   * looked the class up in CDI on every request, a twelfth of the cost of a cached search.
   */
  static ProductSearchParameters of(MultivaluedMap<String, String> query) {
    ProductSearchParameters parameters = new ProductSearchParameters();
    parameters.q = query.getFirst("q");
    parameters.category = query.getFirst("category");
    parameters.minPrice = query.getFirst("minPrice");
    parameters.maxPrice = query.getFirst("maxPrice");
    parameters.inStock = query.getFirst("inStock");
    parameters.sort = query.getFirst("sort");
    parameters.page = query.getFirst("page");
    parameters.size = query.getFirst("size");
    return parameters;
  }

  /**
   * The query these parameters ask for.
   *
   * @throws InvalidPageRequestException naming every bad parameter (answered {@code
   *     validation-failed})
   */
  public ProductQuery toQuery() {
    List<Map<String, String>> errors = new ArrayList<>();
    List<String> words = words(errors);
    String slug = slug(errors);
    BigDecimal min = price(minPrice, "minPrice", errors);
    BigDecimal max = price(maxPrice, "maxPrice", errors);
    if (min != null && max != null && min.compareTo(max) > 0) {
      errors.add(error("minPrice", "must not be more than maxPrice"));
    }
    boolean inStockOnly = flag(inStock, "inStock", errors);
    ProductSort order = sort(errors);
    PageRequest paging = new PageRequest(1, ProductQuery.DEFAULT_PAGE_SIZE);
    try {
      paging =
          PageRequest.parse(page, size, ProductQuery.DEFAULT_PAGE_SIZE, ProductQuery.MAX_PAGE_SIZE);
    } catch (InvalidPageRequestException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidPageRequestException(errors);
    }
    return new ProductQuery(
        words, slug, min, max, inStockOnly, order, paging.page(), paging.size());
  }

  private List<String> words(List<Map<String, String>> errors) {
    if (q != null && q.strip().length() > MAX_QUERY_LENGTH) {
      errors.add(error("q", "must be at most " + MAX_QUERY_LENGTH + " characters"));
      return List.of();
    }
    List<String> words = SearchWords.of(q);
    if (words.size() > ProductQuery.MAX_WORDS) {
      errors.add(error("q", "must have at most " + ProductQuery.MAX_WORDS + " words"));
      return List.of();
    }
    return words;
  }

  private String slug(List<Map<String, String>> errors) {
    if (category == null || category.isBlank()) {
      return null;
    }
    String slug = category.strip().toLowerCase(Locale.ROOT);
    if (slug.length() > 100 || !SLUG.matcher(slug).matches()) {
      errors.add(
          error("category", "must be a category slug, e.g. home-office (see /api/v1/categories)"));
      return null;
    }
    return slug;
  }

  private static BigDecimal price(String text, String field, List<Map<String, String>> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      BigDecimal price = new BigDecimal(text.strip());
      if (price.signum() >= 0 && price.scale() <= 2 && price.compareTo(MAX_PRICE) <= 0) {
        return price;
      }
    } catch (NumberFormatException e) {
      // reported below, like a negative price
    }
    errors.add(error(field, "must be an amount of at least 0 with at most 2 decimals, e.g. 49.99"));
    return null;
  }

  private static boolean flag(String text, String field, List<Map<String, String>> errors) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
      return false;
    }
    if (text.strip().equalsIgnoreCase("true")) {
      return true;
    }
    errors.add(error(field, "must be true or false"));
    return false;
  }

  private ProductSort sort(List<Map<String, String>> errors) {
    if (sort == null || sort.isBlank()) {
      return null;
    }
    return ProductSort.fromParameter(sort)
        .orElseGet(
            () -> {
              errors.add(error("sort", "must be one of " + ProductSort.parameters()));
              return null;
            });
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
