package com.shopassistant.it.catalog;

import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public catalog on Liberty + PostgreSQL: search filters, sorts, pages and totals, one product,
 * the categories, the refusals, and who may call it. Each test imports a catalog of its own ({@link
 * CatalogFixture}) and searches for its tag, so it sees only its own products. Searches go as a
 * signed-in guest (a rate-limit bucket of its own) unless the test is about anonymous callers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CatalogIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CatalogFixture catalog = new CatalogFixture();
  private ApiSession guest;
  private CatalogCalls calls;

  @BeforeEach
  void loadCatalog() throws Exception {
    catalog.importInto(baseUrl);
    guest = ApiSession.guest(baseUrl);
    calls = new CatalogCalls(baseUrl, catalog, guest);
  }

  @Test
  void anonymousCallersSearchAndReadProductsAndCategories() throws Exception {
    HttpResponse<String> search = calls.anonymous("api/v1/products?q=" + catalog.tag);
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    assertThat(calls.codes(HttpClients.json(search))).hasSize(5);
    // The global rate limit counts anonymous callers too.
    assertThat(search.headers().firstValue("RateLimit-Limit")).isPresent();

    HttpResponse<String> product = calls.anonymous("api/v1/products/" + catalog.code("P1"));
    assertThat(product.statusCode()).as(product.body()).isEqualTo(200);
    HttpResponse<String> categories = calls.anonymous("api/v1/categories");
    assertThat(categories.statusCode()).as(categories.body()).isEqualTo(200);
  }

  @Test
  void aSignedInCallerGetsTheSameAnswers() throws Exception {
    String path = "api/v1/products?q=lamp+" + catalog.tag;

    HttpResponse<String> signedIn = guest.get(path);

    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    assertThat(signedIn.body()).isEqualTo(calls.anonymous(path).body());
    assertThat(guest.get("api/v1/products/" + catalog.code("P1")).statusCode()).isEqualTo(200);
    assertThat(guest.get("api/v1/categories").statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenThatFailsVerificationIsReadAsAnonymous() throws Exception {
    // An expired or broken token must not lock a shopper out of the public catalog.
    HttpResponse<String> answer =
        HttpClients.send(
            HttpRequest.newBuilder(
                    URI.create(HttpClients.under(baseUrl, "api/v1/products?q=" + catalog.tag)))
                .header("Authorization", "Bearer not.a.token")
                .GET()
                .build());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(calls.codes(HttpClients.json(answer))).hasSize(5);
  }

  @Test
  void writingToTheCatalogIsForTheAdministratorOnly() throws Exception {
    assertProblem(guest.post("api/v1/products", "{}"), 403, "forbidden");
    assertProblem(
        HttpClients.postJson(HttpClients.under(baseUrl, "api/v1/products"), "{}"),
        401,
        "unauthorized");
  }

  @Test
  void theSameSearchAgainIsSentFromTheCacheByteForByteWithItsTag() throws Exception {
    String path = "api/v1/products?sort=price_asc&q=" + catalog.tag;
    long hitsBefore = calls.cacheHits();

    HttpResponse<String> first = guest.get(path);
    HttpResponse<String> again = calls.anonymous(path);

    assertThat(again.body()).isEqualTo(first.body());
    assertThat(calls.cacheHits()).isGreaterThan(hitsBefore);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(again.headers().firstValue("ETag")).contains(etag);
    assertThat(again.headers().firstValue("Cache-Control").orElseThrow())
        .matches("public, max-age=([0-9]|[12][0-9]|30)");
    HttpResponse<String> unchanged = calls.anonymous(path, "If-None-Match", etag);
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
    assertThat(unchanged.headers().firstValue("ETag")).contains(etag);
    assertThat(calls.anonymous(path, "If-None-Match", "\"other\"").body()).isEqualTo(first.body());
  }

  @Test
  void everyWordMustMatchTheNameDescriptionOrCategoryName() throws Exception {
    // P1, P2, P4 have "lamp" in the name, P5 in its description; P3 has none.
    assertThat(calls.codes(calls.search("lamp " + catalog.tag)))
        .containsExactly("P4", "P1", "P2", "P5");
    assertThat(calls.codes(calls.search("LAMP bright " + catalog.tag))).containsExactly("P1");
    // "gear" is only in the name of the audio category.
    assertThat(calls.codes(calls.search("gear " + catalog.tag))).containsExactly("P5", "P3");
    assertThat(calls.search("lamp nosuchword " + catalog.tag).getInt("total")).isZero();
  }

  @Test
  void aCategoryKeepsItsProducts() throws Exception {
    JsonObject audio = calls.search(catalog.tag, "category=" + catalog.audio);

    assertThat(calls.codes(audio)).containsExactly("P5", "P3");
    assertThat(audio.getJsonArray("items").getJsonObject(0).getJsonObject("category"))
        .isEqualTo(
            HttpClients.json(calls.anonymous("api/v1/products/" + catalog.code("P5")))
                .getJsonObject("category"));
  }

  @Test
  void aPriceRangeNeedsAVariantThatCanBeBoughtInIt() throws Exception {
    // P1 sells at 10.00 (in stock) and 14.00 (sold out); P2 only at 80.00, sold out.
    assertThat(calls.codes(calls.search(catalog.tag, "minPrice=5&maxPrice=12")))
        .containsExactly("P1");
    assertThat(calls.codes(calls.search(catalog.tag, "minPrice=12&maxPrice=16"))).isEmpty();
    assertThat(calls.codes(calls.search(catalog.tag, "minPrice=60&maxPrice=100"))).isEmpty();
    assertThat(calls.codes(calls.search(catalog.tag, "maxPrice=10&sort=price_asc")))
        .containsExactly("P4", "P1");
    assertThat(calls.codes(calls.search(catalog.tag, "minPrice=100"))).containsExactly("P3");
  }

  @Test
  void inStockLeavesOutSoldOutProducts() throws Exception {
    JsonObject all = calls.search(catalog.tag, "sort=name");
    JsonObject inStock = calls.search(catalog.tag, "sort=name&inStock=true");

    assertThat(calls.codes(all)).containsExactly("P1", "P2", "P4", "P5", "P3");
    assertThat(calls.item(all, "P2").getBoolean("inStock")).isFalse();
    assertThat(calls.codes(inStock)).containsExactly("P1", "P4", "P5", "P3");
  }

  @Test
  void listsShowPricesStockAndVariantCount() throws Exception {
    HttpResponse<String> answer = guest.get("api/v1/products?sort=name&q=" + catalog.tag);

    JsonObject desk = calls.item(HttpClients.json(answer), "P1");
    assertThat(desk.getString("name")).isEqualTo("Desk Lamp");
    assertThat(desk.getString("shortDescription"))
        .isEqualTo("A bright desk light. Ref " + catalog.tag + ".");
    assertThat(desk.getJsonObject("category").getString("slug")).isEqualTo(catalog.lighting);
    assertThat(desk.getString("currency")).isEqualTo("USD");
    assertThat(desk.getBoolean("inStock")).isTrue();
    assertThat(desk.getInt("variantCount")).isEqualTo(2);
    assertThat(answer.body()).contains("\"minPrice\":10.00,\"maxPrice\":14.00");
  }

  @Test
  void sortsByPriceNameAndAge() throws Exception {
    assertThat(calls.codes(calls.search(catalog.tag, "sort=price_asc")))
        .containsExactly("P4", "P1", "P5", "P2", "P3");
    assertThat(calls.codes(calls.search(catalog.tag, "sort=PRICE_DESC")))
        .containsExactly("P3", "P2", "P5", "P1", "P4");
    assertThat(calls.codes(calls.search(catalog.tag, "sort=name")))
        .containsExactly("P1", "P2", "P4", "P5", "P3");

    catalog.importProduct(baseUrl, "P6", "Night Lamp", "25.00", 4);

    assertThat(calls.codes(calls.search(catalog.tag, "sort=newest"))).first().isEqualTo("P6");
  }

  @Test
  void pagesCoverEveryMatchOnceWithTheTotal() throws Exception {
    JsonObject first = calls.search(catalog.tag, "sort=name&size=2");
    JsonObject second = calls.search(catalog.tag, "sort=name&size=2&page=2");
    JsonObject third = calls.search(catalog.tag, "sort=name&size=2&page=3");
    JsonObject beyond = calls.search(catalog.tag, "sort=name&size=2&page=9");

    assertThat(calls.codes(first)).containsExactly("P1", "P2");
    assertThat(calls.codes(second)).containsExactly("P4", "P5");
    assertThat(calls.codes(third)).containsExactly("P3");
    assertThat(calls.codes(beyond)).isEmpty();
    for (JsonObject page : List.of(first, second, third, beyond)) {
      assertThat(page.getInt("total")).isEqualTo(5);
      assertThat(page.getInt("totalPages")).isEqualTo(3);
      assertThat(page.getInt("size")).isEqualTo(2);
    }
    assertThat(second.getInt("page")).isEqualTo(2);
  }

  @Test
  void aProductIsFoundByIdOrCodeWithEveryVariant() throws Exception {
    JsonObject byCode = HttpClients.json(guest.get("api/v1/products/" + catalog.code("P1")));
    long id = byCode.getJsonNumber("id").longValue();
    HttpResponse<String> byId = guest.get("api/v1/products/" + id);

    assertThat(HttpClients.json(byId)).isEqualTo(byCode);
    assertThat(byCode.getString("name")).isEqualTo("Desk Lamp");
    assertThat(byCode.getBoolean("active")).isTrue();
    assertThat(byCode.getBoolean("inStock")).isTrue();
    assertThat(byId.body())
        .contains(
            "\"variants\":[{\"id\":"
                + byCode.getJsonArray("variants").getJsonObject(0).getJsonNumber("id")
                + ",\"itemCode\":\""
                + catalog.code("P1")
                + "-V1\",\"options\":{\"color\":\"c1\"},\"price\":10.00,\"stockQuantity\":5,"
                + "\"available\":true},{");
    JsonObject soldOut = byCode.getJsonArray("variants").getJsonObject(1);
    assertThat(soldOut.getInt("stockQuantity")).isZero();
    assertThat(soldOut.getBoolean("available")).isFalse();
  }

  @Test
  void aMissingProductIs404ProductNotFound() throws Exception {
    JsonObject byId =
        assertProblem(calls.anonymous("api/v1/products/987654321987"), 404, "product-not-found");
    assertThat(byId.getString("detail")).contains("987654321987");
    assertProblem(
        calls.anonymous("api/v1/products/NO-SUCH-" + catalog.tag), 404, "product-not-found");
  }

  @Test
  void aWithdrawnProductIsNotListedButStillShownAsNotForSale() throws Exception {
    HttpResponse<String> withdrawn =
        guest.post("api/v1/test/catalog-probe/withdraw/" + catalog.code("P4"), "");
    assertThat(withdrawn.statusCode()).isEqualTo(204);

    assertThat(calls.codes(calls.search(catalog.tag, "sort=name")))
        .containsExactly("P1", "P2", "P5", "P3");
    JsonObject oil = HttpClients.json(guest.get("api/v1/products/" + catalog.code("P4")));
    assertThat(oil.getBoolean("active")).isFalse();
    assertThat(oil.getBoolean("inStock")).isFalse();
    JsonObject variant = oil.getJsonArray("variants").getJsonObject(0);
    assertThat(variant.getInt("stockQuantity")).isEqualTo(10);
    assertThat(variant.getBoolean("available")).isFalse();
    assertThat(calls.category(catalog.lighting).getInt("productCount")).isEqualTo(2);
  }

  @Test
  void categoriesCountTheirProductsOnSale() throws Exception {
    assertThat(calls.category(catalog.lighting).getString("name"))
        .isEqualTo("Lighting " + catalog.tag);
    assertThat(calls.category(catalog.lighting).getInt("productCount")).isEqualTo(3);
    assertThat(calls.category(catalog.audio).getInt("productCount")).isEqualTo(2);
  }

  @Test
  void badParametersAre400NamingEachOne() throws Exception {
    assertThat(calls.badParameters("minPrice=50&maxPrice=20")).containsExactly("minPrice");
    assertThat(calls.badParameters("sort=cheapest")).containsExactly("sort");
    assertThat(calls.badParameters("size=101")).containsExactly("size");
    assertThat(calls.badParameters("page=0")).containsExactly("page");
    assertThat(calls.badParameters("q=" + "x".repeat(201))).containsExactly("q");
    assertThat(calls.badParameters("minPrice=abc&inStock=maybe"))
        .containsExactly("minPrice", "inStock");
    assertThat(calls.badParameters("category=Not%20A%20Slug")).containsExactly("category");
    assertThat(calls.badParameters("category=no-such-category-" + catalog.tag))
        .containsExactly("category");
  }
}
