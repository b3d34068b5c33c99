package com.shopassistant.it.cart;

import static com.shopassistant.it.cart.CartCalls.add;
import static com.shopassistant.it.cart.CartCalls.linePath;
import static com.shopassistant.it.cart.CartCalls.ok;
import static com.shopassistant.it.cart.CartCalls.problemOfType;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One customer's cart edited from two browser tabs at once (the same access token): adds, quantity
 * changes and a removal on the same and on different lines, released together. Every answer is a
 * 200 with the whole cart or a clean problem (404 for a line removed a moment before, 409 for stock
 * that ran out), and the answers fit one serial order: each add is seen by exactly the answers
 * after it, and no answer sees the removed line after another answer saw it gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CartTabsRaceIT {

  private static final int PEN_ADDS = 6;
  private static final int BOTTLE_ADDS = 5; // 3 in stock
  private static final List<Integer> LAMP_QUANTITIES = List.of(3, 4, 5, 6);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CartTabsRaceIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CartCatalog catalog = new CartCatalog();

  /** What one call did, so its answer can be judged. */
  private record Edit(String kind, int quantity, HttpResponse<String> answer) {}

  @Test
  void editsFromTwoTabsAtOnceFitOneSerialOrder() throws Exception {
    catalog.importInto(baseUrl);
    ApiSession firstTab = ApiSession.guest(baseUrl);
    ApiSession secondTab =
        new ApiSession(baseUrl, firstTab.accessToken(), firstTab.customerId(), null);
    ok(add(firstTab, item(catalog.pen, 5)));
    JsonObject before = ok(add(firstTab, item(catalog.lamp, 2)));
    long lamp = lineOf(before, catalog.lamp).getJsonNumber("id").longValue();

    List<Callable<Edit>> edits = new ArrayList<>();
    IntStream.range(0, PEN_ADDS)
        .forEach(i -> edits.add(edit("add-pen", 1, tab(i, firstTab, secondTab), catalog.pen)));
    IntStream.range(0, BOTTLE_ADDS)
        .forEach(
            i -> edits.add(edit("add-bottle", 1, tab(i + 1, firstTab, secondTab), catalog.bottle)));
    for (int i = 0; i < LAMP_QUANTITIES.size(); i++) {
      ApiSession tab = tab(i, firstTab, secondTab);
      int quantity = LAMP_QUANTITIES.get(i);
      edits.add(
          () ->
              new Edit(
                  "set-lamp",
                  quantity,
                  tab.put(linePath(lamp), "{\"quantity\":" + quantity + "}")));
    }
    edits.add(() -> new Edit("remove-lamp", 0, secondTab.delete(linePath(lamp))));

    List<Edit> done = atOnce(edits);

    done.forEach(CartTabsRaceIT::assertCleanAnswer);
    List<Edit> succeeded = done.stream().filter(e -> e.answer().statusCode() == 200).toList();
    assertThat(quantities(succeeded, "add-pen", catalog.pen))
        .as("each pen add saw the ones before it and not the ones after")
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(6, 5 + PEN_ADDS).boxed().toList());
    assertThat(quantities(succeeded, "add-bottle", catalog.bottle))
        .containsExactlyInAnyOrder(1, 2, 3);
    assertThat(done)
        .filteredOn(e -> e.kind().equals("add-bottle") && e.answer().statusCode() != 200)
        .hasSize(BOTTLE_ADDS - 3)
        .allSatisfy(e -> problemOfType(e.answer(), 409, "insufficient-stock"));
    succeeded.stream()
        .filter(e -> e.kind().equals("set-lamp"))
        .forEach(
            e ->
                assertThat(quantity(cart(e), catalog.lamp))
                    .as(e.answer().body())
                    .isEqualTo(e.quantity()));
    assertCountsFormOneChain(succeeded);
    assertRemovalFitsOneOrder(succeeded);

    JsonObject after = ok(firstTab.get("api/v1/cart"));
    assertWellFormed(after);
    assertThat(quantity(after, catalog.pen)).isEqualTo(5 + PEN_ADDS);
    assertThat(quantity(after, catalog.bottle)).isEqualTo(3);
    assertThat(quantity(after, catalog.lamp)).as("removed").isZero();
    assertThat(after.getJsonArray("lines")).hasSize(2);
  }

  private Callable<Edit> edit(String kind, int quantity, ApiSession tab, String itemCode) {
    return () -> new Edit(kind, quantity, add(tab, item(itemCode, quantity)));
  }

  private static ApiSession tab(int i, ApiSession first, ApiSession second) {
    return i % 2 == 0 ? first : second;
  }

  /** No two answers saw the pen and bottle adds in opposite orders. */
  private void assertCountsFormOneChain(List<Edit> succeeded) {
    for (Edit one : succeeded) {
      for (Edit other : succeeded) {
        long pens = quantity(cart(one), catalog.pen) - quantity(cart(other), catalog.pen);
        long bottles = quantity(cart(one), catalog.bottle) - quantity(cart(other), catalog.bottle);
        assertThat(pens * bottles)
            .as("%s and %s", one.answer().body(), other.answer().body())
            .isGreaterThanOrEqualTo(0);
      }
    }
  }

  /**
   * Adds only raise pen and bottle counts, so answers are ordered by those counts; every answer
   * ordered after the removal's must miss the lamp and every one before it must hold it. A tie
   * (sets of the lamp do not move the counts) can fall on either side.
   */
  private void assertRemovalFitsOneOrder(List<Edit> succeeded) {
    Edit removal =
        succeeded.stream().filter(e -> e.kind().equals("remove-lamp")).findFirst().orElseThrow();
    int pens = quantity(cart(removal), catalog.pen);
    int bottles = quantity(cart(removal), catalog.bottle);
    for (Edit e : succeeded) {
      int p = quantity(cart(e), catalog.pen);
      int b = quantity(cart(e), catalog.bottle);
      boolean hasLamp = quantity(cart(e), catalog.lamp) > 0;
      if (p + b > pens + bottles) {
        assertThat(hasLamp).as("after the removal: " + e.answer().body()).isFalse();
      } else if (p + b < pens + bottles) {
        assertThat(hasLamp).as("before the removal: " + e.answer().body()).isTrue();
      }
    }
  }

  private static void assertCleanAnswer(Edit edit) {
    HttpResponse<String> answer = edit.answer();
    switch (answer.statusCode()) {
      case 200 -> assertWellFormed(ok(answer));
      case 404 -> {
        assertThat(edit.kind()).isEqualTo("set-lamp");
        problemOfType(answer, 404, "cart-line-not-found");
      }
      case 409 -> assertThat(HttpClients.json(answer).getString("type")).isNotBlank();
      default ->
          throw new AssertionError(edit.kind() + ": " + answer.statusCode() + " " + answer.body());
    }
    if (answer.statusCode() == 409) {
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
  }

  /** One line per variant, every quantity at least one. */
  private static void assertWellFormed(JsonObject cart) {
    List<JsonObject> lines = cart.getJsonArray("lines").getValuesAs(JsonObject.class);
    assertThat(lines).extracting(l -> l.getString("itemCode")).doesNotHaveDuplicates();
    assertThat(lines).allSatisfy(l -> assertThat(l.getInt("quantity")).isPositive());
  }

  private static List<Integer> quantities(List<Edit> edits, String kind, String itemCode) {
    return edits.stream()
        .filter(e -> e.kind().equals(kind))
        .map(e -> quantity(cart(e), itemCode))
        .toList();
  }

  private static JsonObject cart(Edit edit) {
    return HttpClients.json(edit.answer());
  }

  private static int quantity(JsonObject cart, String itemCode) {
    JsonObject line = lineOf(cart, itemCode);
    return line == null ? 0 : line.getInt("quantity");
  }

  private static JsonObject lineOf(JsonObject cart, String itemCode) {
    Map<String, JsonObject> byCode = new HashMap<>();
    cart.getJsonArray("lines")
        .getValuesAs(JsonObject.class)
        .forEach(l -> byCode.put(l.getString("itemCode"), l));
    return byCode.get(itemCode);
  }

  private static String item(String itemCode, int quantity) {
    return "{\"itemCode\":\"" + itemCode + "\",\"quantity\":" + quantity + "}";
  }

  @SuppressWarnings("unchecked")
  private static List<Edit> atOnce(List<Callable<Edit>> edits) throws Exception {
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    List<Edit[]> results = new ArrayList<>();
    for (Callable<Edit> edit : edits) {
      Edit[] slot = new Edit[1];
      results.add(slot);
      calls.add(
          () -> {
            slot[0] = edit.call();
            return slot[0].answer();
          });
    }
    CartCalls.atOnce(calls.toArray(Callable[]::new));
    return results.stream().map(slot -> slot[0]).toList();
  }
}
