package com.shopassistant.it.cart;

import static com.shopassistant.it.cart.CartCalls.PROBLEM;
import static com.shopassistant.it.cart.CartCalls.add;
import static com.shopassistant.it.cart.CartCalls.atOnce;
import static com.shopassistant.it.cart.CartCalls.line;
import static com.shopassistant.it.cart.CartCalls.lineId;
import static com.shopassistant.it.cart.CartCalls.linePath;
import static com.shopassistant.it.cart.CartCalls.ok;
import static com.shopassistant.it.cart.CartCalls.problem;
import static com.shopassistant.it.cart.CartCalls.problemOfType;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/cart} on Liberty + PostgreSQL, as a guest fills it: adding, changing, removing,
 * clearing, the totals, the stock and quantity rules, and one customer's lines out of another's
 * reach. Each test has its own guest and its own small catalog.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CartIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CartIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CartCatalog catalog = new CartCatalog();

  @BeforeEach
  void loadCatalog() throws Exception {
    catalog.importInto(baseUrl);
  }

  @Test
  void aNewGuestHasAnEmptyCartWithZeroTotals() throws Exception {
    HttpResponse<String> answer = ApiSession.guest(baseUrl).get("api/v1/cart");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body())
        .isEqualTo(
            "{\"lines\":[],\"itemCount\":0,\"subtotal\":0.00,\"discount\":0.00,"
                + "\"voucher\":null,\"total\":0.00,\"currency\":\"USD\"}");
  }

  @Test
  void addingTheSameItemAgainRaisesItsLineAndTotalsAddUp() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    JsonObject first = ok(add(guest, "{\"itemCode\":\"" + catalog.bottle + "\",\"quantity\":2}"));
    long variantId = line(first, 0).getJsonNumber("variantId").longValue();
    ok(add(guest, "{\"variantId\":" + variantId + "}"));
    HttpResponse<String> answer =
        add(guest, "{\"itemCode\":\"" + catalog.lamp + "\",\"quantity\":4}");
    JsonObject cart = ok(answer);

    assertThat(cart.getJsonArray("lines")).hasSize(2);
    JsonObject bottle = line(cart, 0);
    assertThat(bottle.getString("itemCode")).isEqualTo(catalog.bottle);
    assertThat(bottle.getString("productName")).isEqualTo("Cart Test Water Bottle");
    assertThat(bottle.getJsonObject("options").getString("color")).isEqualTo("blue");
    assertThat(bottle.getInt("quantity")).isEqualTo(3);
    assertThat(bottle.getInt("availableStock")).isEqualTo(3);
    assertThat(bottle.getBoolean("purchasable")).isTrue();
    assertThat(answer.body())
        .contains("\"unitPrice\":47.84,\"quantity\":3,\"lineTotal\":143.52")
        .contains("\"unitPrice\":10.00,\"quantity\":4,\"lineTotal\":40.00")
        .contains("\"itemCount\":7,\"subtotal\":183.52,\"discount\":0.00,\"voucher\":null")
        .contains("\"total\":183.52,\"currency\":\"USD\"");
    assertThat(ok(guest.get("api/v1/cart"))).isEqualTo(cart);
  }

  @Test
  void aGuestChangesRemovesAndClears() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    ok(add(guest, "{\"itemCode\":\"" + catalog.bottle + "\"}"));
    JsonObject cart = ok(add(guest, "{\"itemCode\":\"" + catalog.lamp + "\",\"quantity\":2}"));
    long bottleLine = lineId(cart, 0);
    long lampLine = lineId(cart, 1);

    JsonObject changed = ok(guest.put(linePath(lampLine), "{\"quantity\":5}"));
    assertThat(line(changed, 1).getInt("quantity")).isEqualTo(5);
    assertThat(changed.getJsonNumber("subtotal").toString()).isEqualTo("97.84");

    JsonObject removed = ok(guest.delete(linePath(bottleLine)));
    assertThat(removed.getJsonArray("lines")).hasSize(1);
    assertThat(lineId(removed, 0)).isEqualTo(lampLine);
    assertThat(removed.getInt("itemCount")).isEqualTo(5);

    JsonObject cleared = ok(guest.delete("api/v1/cart"));
    assertThat(cleared.getJsonArray("lines")).isEmpty();
    assertThat(cleared.getJsonNumber("total").toString()).isEqualTo("0.00");
    assertThat(ok(guest.get("api/v1/cart")).getJsonArray("lines")).isEmpty();
  }

  @Test
  void moreThanTheStockIs409InsufficientStockAndChangesNothing() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    JsonObject cart = ok(add(guest, "{\"itemCode\":\"" + catalog.bottle + "\",\"quantity\":2}"));

    JsonObject refused =
        problem(add(guest, "{\"itemCode\":\"" + catalog.bottle + "\",\"quantity\":2}"), 409);
    assertThat(refused.getString("type")).isEqualTo(PROBLEM + "insufficient-stock");
    assertThat(refused.getString("detail")).contains("Only 3 ").contains("would hold 4");

    JsonObject alsoRefused = problem(guest.put(linePath(lineId(cart, 0)), "{\"quantity\":4}"), 409);
    assertThat(alsoRefused.getString("type")).isEqualTo(PROBLEM + "insufficient-stock");
    assertThat(line(ok(guest.get("api/v1/cart")), 0).getInt("quantity")).isEqualTo(2);
  }

  @Test
  void anItemOutOfStockIs409AndAnUnknownOneIs404() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    JsonObject soldOut = problem(add(guest, "{\"itemCode\":\"" + catalog.soldOut + "\"}"), 409);
    assertThat(soldOut.getString("type")).isEqualTo(PROBLEM + "out-of-stock");
    assertThat(soldOut.getString("detail")).contains(catalog.soldOut).contains("0 available");

    JsonObject unknown =
        problem(add(guest, "{\"itemCode\":\"NO-SUCH-" + catalog.lamp + "\"}"), 404);
    assertThat(unknown.getString("type")).isEqualTo(PROBLEM + "variant-not-found");
    assertThat(problem(add(guest, "{\"variantId\":987654321}"), 404).getString("type"))
        .isEqualTo(PROBLEM + "variant-not-found");
    assertThat(ok(guest.get("api/v1/cart")).getJsonArray("lines")).isEmpty();
  }

  @Test
  void aLineHoldsAtMost99Units() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    ok(add(guest, "{\"itemCode\":\"" + catalog.pen + "\",\"quantity\":99}"));

    JsonObject refused = problem(add(guest, "{\"itemCode\":\"" + catalog.pen + "\"}"), 409);

    assertThat(refused.getString("type")).isEqualTo(PROBLEM + "quantity-limit");
    assertThat(line(ok(guest.get("api/v1/cart")), 0).getInt("quantity")).isEqualTo(99);
  }

  @Test
  void quantitiesOutOfRangeAndBadBodiesAre400() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    long line = lineId(ok(add(guest, "{\"itemCode\":\"" + catalog.lamp + "\",\"quantity\":2}")), 0);

    for (String quantity : new String[] {"0", "-1", "100"}) {
      JsonObject refused =
          problem(guest.put(linePath(line), "{\"quantity\":" + quantity + "}"), 400);
      assertThat(refused.getString("type")).isEqualTo(PROBLEM + "validation-failed");
      assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("quantity");
    }
    assertThat(
            problem(add(guest, "{\"itemCode\":\"" + catalog.lamp + "\",\"quantity\":0}"), 400)
                .getString("type"))
        .isEqualTo(PROBLEM + "validation-failed");
    assertThat(problem(add(guest, "{\"quantity\":1}"), 400).getJsonArray("errors").toString())
        .contains("variantIdOrItemCode");
    assertThat(problem(guest.put(linePath(line), "{}"), 400).getString("type"))
        .isEqualTo(PROBLEM + "validation-failed");
    assertThat(line(ok(guest.get("api/v1/cart")), 0).getInt("quantity")).isEqualTo(2);
  }

  @Test
  void anotherCustomersLineIsNotFoundAndTheirCartStaysAsItWas() throws Exception {
    ApiSession owner = ApiSession.guest(baseUrl);
    ApiSession other = ApiSession.guest(baseUrl);
    JsonObject ownerCart = ok(add(owner, "{\"itemCode\":\"" + catalog.lamp + "\",\"quantity\":2}"));
    long ownersLine = lineId(ownerCart, 0);
    ok(add(other, "{\"itemCode\":\"" + catalog.bottle + "\"}"));

    JsonObject change = problem(other.put(linePath(ownersLine), "{\"quantity\":7}"), 404);
    JsonObject removal = problem(other.delete(linePath(ownersLine)), 404);
    JsonObject missing = problem(other.delete(linePath(Long.MAX_VALUE)), 404);

    assertThat(change.getString("type")).isEqualTo(PROBLEM + "cart-line-not-found");
    assertThat(removal.getString("type")).isEqualTo(change.getString("type"));
    assertThat(missing.getString("type")).isEqualTo(change.getString("type"));
    assertThat(removal.getString("title")).isEqualTo(missing.getString("title"));
    assertThat(ok(owner.get("api/v1/cart"))).isEqualTo(ownerCart);
    ok(other.delete("api/v1/cart"));
    assertThat(ok(owner.get("api/v1/cart"))).isEqualTo(ownerCart);
  }

  @Test
  void withoutAValidTokenTheCartIs401ProblemJson() throws Exception {
    HttpResponse<String> anonymous = HttpClients.get(HttpClients.under(baseUrl, "api/v1/cart"));
    ApiSession forged = new ApiSession(baseUrl, "not.a.token", 1L, null);

    problemOfType(anonymous, 401, "unauthorized");
    problemOfType(
        forged.post("api/v1/cart/lines", "{\"itemCode\":\"" + catalog.lamp + "\"}"),
        401,
        "unauthorized");
  }

  @Test
  void twoFirstAddsAtOnceForANewGuestBothLandInOneCart() throws Exception {
    // A few fresh guests, each racing two first requests: the cart does not exist yet for either.
    for (int round = 0; round < 3; round++) {
      ApiSession guest = ApiSession.guest(baseUrl);

      List<HttpResponse<String>> answers =
          atOnce(
              () -> add(guest, "{\"itemCode\":\"" + catalog.lamp + "\"}"),
              () -> add(guest, "{\"itemCode\":\"" + catalog.bottle + "\"}"));

      answers.forEach(CartCalls::ok);
      JsonObject cart = ok(guest.get("api/v1/cart"));
      assertThat(cart.getJsonArray("lines"))
          .extracting(v -> v.asJsonObject().getString("itemCode"))
          .containsExactlyInAnyOrder(catalog.lamp, catalog.bottle);
    }
  }

  @Test
  void concurrentAddsToOneCartLoseNoUnit() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    ok(add(guest, "{\"itemCode\":\"" + catalog.pen + "\"}"));
    Callable<HttpResponse<String>> onePen =
        () -> add(guest, "{\"itemCode\":\"" + catalog.pen + "\"}");

    List<HttpResponse<String>> answers = atOnce(onePen, onePen, onePen, onePen, onePen, onePen);

    answers.forEach(CartCalls::ok);
    assertThat(line(ok(guest.get("api/v1/cart")), 0).getInt("quantity")).isEqualTo(7);
  }
}
