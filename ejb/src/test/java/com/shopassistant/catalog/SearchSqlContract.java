package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search statements on a migrated database: what matches, in which order, with which total. The
 * same SQL runs on H2 (the embedded default) and on PostgreSQL.
 */
abstract class SearchSqlContract {

  private SearchDatabase db;

  abstract SearchDatabase newDatabase() throws SQLException;

  @BeforeEach
  void loadCatalog() throws SQLException {
    db = newDatabase();
    db.execute(
        "insert into category (id, slug, name) values (1, 'lighting', 'Lighting'),"
            + " (2, 'audio', 'Audio & Music')",
        product(1, "Desk Lamp", "A bright LED lamp for the desk.", "1", true, "01-10"),
        product(2, "Floor Lamp Deluxe", "Tall, lights a desk corner.", "1", true, "02-10"),
        product(3, "Wireless Headphones", "Over-ear, cotton_pad cushions.", "2", true, "03-10"),
        product(4, "Lamp Oil", null, "null", true, "01-20"),
        product(5, "Speaker", "Sounds great next to a lamp; cottonXpad feet.", "2", true, "02-20"),
        product(6, "Withdrawn Lamp", "No longer sold.", "1", false, "03-20"),
        product(7, "Bare Lamp", "For a desk; no variants yet.", "1", true, "04-10"),
        "insert into product_variant (id, product_id, code, price, stock_quantity) values"
            + " (11, 1, 'V11', 10.00, 5), (12, 1, 'V12', 14.00, 0),"
            + " (21, 2, 'V21', 80.00, 0), (22, 2, 'V22', 95.00, 0),"
            + " (31, 3, 'V31', 199.99, 3), (41, 4, 'V41', 4.50, 10), (51, 5, 'V51', 50.00, 1),"
            + " (61, 6, 'V61', 20.00, 5)",
        "update product set min_price = (select min(price) from product_variant v"
            + " where v.product_id = product.id), max_price = (select max(price)"
            + " from product_variant v where v.product_id = product.id)");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    db.close();
  }

  private static String product(
      int id, String name, String description, String category, boolean active, String date) {
    return "insert into product (id, code, name, description, category_id, active, created_at,"
        + " updated_at) values ("
        + id
        + ", 'P"
        + id
        + "', '"
        + name
        + "', "
        + (description == null ? "null" : "'" + description + "'")
        + ", "
        + category
        + ", "
        + active
        + ", timestamp with time zone '2026-"
        + date
        + " 10:00:00+00', current_timestamp)";
  }

  @Test
  void aWordMatchesNameOrDescriptionIgnoringCaseAndRelevanceRanksTheName() throws Exception {
    ProductPage page = search(words("LAMP"));

    // Name starts with it, then names containing it by name, then the description-only match.
    assertThat(codes(page)).containsExactly("P4", "P7", "P1", "P2", "P5");
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void moreWordsInTheNameRankFirst() throws Exception {
    // "Desk Lamp" has both words in its name; "Bare Lamp" and "Floor Lamp Deluxe" have "desk"
    // only in their descriptions, so they follow it although "Bare" comes first by name.
    assertThat(codes(search(words("desk", "lamp")))).containsExactly("P1", "P7", "P2");
    assertThat(codes(search(words("lamp", "desk")))).containsExactly("P1", "P7", "P2");
  }

  @Test
  void everyWordMustMatchSomewhere() throws Exception {
    assertThat(codes(search(words("lamp", "bright")))).containsExactly("P1");
    assertThat(codes(search(words("lamp", "great")))).containsExactly("P5");
    assertThat(search(words("lamp", "nowhere")).total()).isZero();
  }

  @Test
  void aWordInACategoryNameMatchesItsProducts() throws Exception {
    assertThat(codes(search(words("music")))).containsExactly("P5", "P3");
    assertThat(codes(search(words("music", "wireless")))).containsExactly("P3");
  }

  @Test
  void likeWildcardsInWordsAreLiteral() throws Exception {
    assertThat(codes(search(words("cotton_pad")))).containsExactly("P3");
    assertThat(codes(search(words("cottonxpad")))).containsExactly("P5");
  }

  @Test
  void withdrawnProductsAreNeverListed() throws Exception {
    assertThat(codes(search(words("withdrawn")))).isEmpty();
    assertThat(codes(search(ProductQuery.all()))).doesNotContain("P6").hasSize(6);
  }

  @Test
  void aPriceRangeNeedsAPurchasableVariantInside() throws Exception {
    // Desk Lamp: 10.00 in stock, 14.00 sold out. Floor Lamp: 80 and 95, both sold out.
    assertThat(codes(search(priced("5", "12")))).containsExactly("P1");
    assertThat(codes(search(priced("12", "16")))).isEmpty();
    assertThat(codes(search(priced("60", null)))).containsExactly("P3");
    assertThat(codes(search(priced(null, "10")))).containsExactly("P4", "P1");
  }

  @Test
  void inStockSkipsSoldOutProductsAndThoseWithoutVariants() throws Exception {
    ProductQuery inStock =
        new ProductQuery(words("lamp").words(), null, null, null, true, null, 1, 20);

    assertThat(codes(search(inStock))).containsExactly("P4", "P1", "P5");
  }

  @Test
  void aCategoryFilterKeepsItsProducts() throws Exception {
    ProductQuery lighting = new ProductQuery(List.of(), "lighting", null, null, false, null, 1, 20);

    assertThat(codes(search(lighting))).containsExactly("P7", "P1", "P2");
    assertThatThrownBy(
            () -> search(new ProductQuery(List.of(), "garden", null, null, false, null, 1, 20)))
        .isInstanceOf(UnknownCategoryException.class)
        .hasMessageContaining("'garden'");
  }

  @Test
  void sortsByPriceNameAndAge() throws Exception {
    assertThat(codes(search(sorted(ProductSort.PRICE_ASC))))
        .containsExactly("P4", "P1", "P5", "P2", "P3", "P7");
    assertThat(codes(search(sorted(ProductSort.PRICE_DESC))))
        .containsExactly("P3", "P2", "P5", "P1", "P4", "P7");
    assertThat(codes(search(sorted(ProductSort.NAME))))
        .containsExactly("P7", "P1", "P2", "P4", "P5", "P3");
    assertThat(codes(search(sorted(ProductSort.NEWEST))))
        .containsExactly("P7", "P3", "P5", "P2", "P4", "P1");
  }

  @Test
  void pagesOfWordSearchesCarryTheTotal() throws Exception {
    ProductPage second =
        search(new ProductQuery(List.of("lamp"), null, null, null, false, null, 2, 2));
    ProductPage beyond =
        search(new ProductQuery(List.of("lamp"), null, null, null, false, null, 9, 2));

    assertThat(codes(second)).containsExactly("P1", "P2");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(codes(beyond)).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void pagesWithoutWordsAreCountedWhenFull() throws Exception {
    ProductPage first = search(new ProductQuery(List.of(), null, null, null, false, null, 1, 4));
    ProductPage last = search(new ProductQuery(List.of(), null, null, null, false, null, 2, 4));

    assertThat(codes(first)).containsExactly("P7", "P1", "P2", "P4");
    assertThat(first.total()).isEqualTo(6);
    assertThat(codes(last)).containsExactly("P5", "P3");
    assertThat(last.total()).isEqualTo(6);
  }

  @Test
  void summariesCarryPricesStockVariantsAndCategory() throws Exception {
    List<ProductSummary> items = search(words("lamp")).items();

    ProductSummary desk =
        items.stream().filter(p -> p.code().equals("P1")).findFirst().orElseThrow();
    assertThat(desk.id()).isEqualTo(1);
    assertThat(desk.name()).isEqualTo("Desk Lamp");
    assertThat(desk.shortDescription()).isEqualTo("A bright LED lamp for the desk.");
    assertThat(desk.category()).isEqualTo(new CategoryRef("lighting", "Lighting"));
    assertThat(desk.minPrice()).isEqualByComparingTo("10.00");
    assertThat(desk.maxPrice()).isEqualByComparingTo("14.00");
    assertThat(desk.currency()).isEqualTo("USD");
    assertThat(desk.inStock()).isTrue();
    assertThat(desk.variantCount()).isEqualTo(2);
    ProductSummary floor =
        items.stream().filter(p -> p.code().equals("P2")).findFirst().orElseThrow();
    assertThat(floor.inStock()).isFalse();
    ProductSummary oil =
        items.stream().filter(p -> p.code().equals("P4")).findFirst().orElseThrow();
    assertThat(oil.shortDescription()).isNull();
    assertThat(oil.category()).isNull();
    ProductSummary bare =
        items.stream().filter(p -> p.code().equals("P7")).findFirst().orElseThrow();
    assertThat(bare.minPrice()).isNull();
    assertThat(bare.variantCount()).isZero();
    assertThat(bare.inStock()).isFalse();
  }

  private ProductPage search(ProductQuery query) throws UnknownCategoryException {
    return ProductSearch.run(query, db);
  }

  private static ProductQuery words(String... words) {
    return new ProductQuery(
        SearchWords.of(String.join(" ", words)), null, null, null, false, null, 1, 20);
  }

  private static ProductQuery priced(String min, String max) {
    return new ProductQuery(
        List.of(),
        null,
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max),
        false,
        ProductSort.PRICE_ASC,
        1,
        20);
  }

  private static ProductQuery sorted(ProductSort sort) {
    return new ProductQuery(List.of(), null, null, null, false, sort, 1, 20);
  }

  private static List<String> codes(ProductPage page) {
    return page.items().stream().map(ProductSummary::code).toList();
  }

  /** The numbers of the {@code ?n} markers of {@code sql}, in the order they appear. */
  static List<Integer> markers(String sql) {
    List<Integer> numbers = new ArrayList<>();
    Matcher m = Pattern.compile("\\?(\\d+)").matcher(sql);
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    return numbers;
  }
}
