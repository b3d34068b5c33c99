package com.shopassistant.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A small catalog of one test's own, loaded through the admin import. A random word {@link #tag} is
 * in every description and in the names of its two categories, so searching for it finds exactly
 * this catalog; codes and slugs carry it too, so no other test's data collides.
 *
 * <pre>
 * code  name                 category  variants (price/stock)
 * P1    Desk Lamp            lighting  10.00/5, 14.00/0
 * P2    Floor Lamp           lighting  80.00/0
 * P3    Wireless Headphones  audio     199.99/3
 * P4    Lamp Oil             lighting  4.50/10
 * P5    Speaker              audio     50.00/1   ("...next to a lamp" in its description)
 * </pre>
 */
final class CatalogFixture {

  /** Lower-case letters only: one search word, valid in slugs. */
  final String tag;

  final String lighting;
  final String audio;

  CatalogFixture() {
    StringBuilder letters = new StringBuilder("tag");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    tag = letters.toString();
    lighting = tag + "-lighting";
    audio = tag + "-audio";
  }

  /** The product code of the fixture's product {@code P1}...{@code P5}. */
  String code(String product) {
    return "CIT-" + tag + "-" + product;
  }

  /** Imports the five products; fails the test if the import is refused. */
  void importInto(URL deployment) throws Exception {
    List<String> products = new ArrayList<>();
    products.add(
        product(
            "P1",
            "Desk Lamp",
            lighting,
            "A bright desk light.",
            v("1", "10.00", 5),
            v("2", "14.00", 0)));
    products.add(product("P2", "Floor Lamp", lighting, "Tall and warm.", v("1", "80.00", 0)));
    products.add(
        product("P3", "Wireless Headphones", audio, "Over-ear, closed.", v("1", "199.99", 3)));
    products.add(product("P4", "Lamp Oil", lighting, "Burns clean.", v("1", "4.50", 10)));
    products.add(
        product("P5", "Speaker", audio, "Sounds great next to a lamp.", v("1", "50.00", 1)));
    importFile(deployment, products);
  }

  /** Imports one more product in the lighting category, e.g. to be the newest. */
  void importProduct(URL deployment, String product, String name, String price, int stock)
      throws Exception {
    importFile(
        deployment,
        List.of(product(product, name, lighting, "Added later.", v("1", price, stock))));
  }

  private void importFile(URL deployment, List<String> products) throws Exception {
    String json =
        "{\"categories\": [{\"slug\": \""
            + lighting
            + "\", \"name\": \"Lighting "
            + tag
            + "\"}, {\"slug\": \""
            + audio
            + "\", \"name\": \"Audio Gear "
            + tag
            + "\"}], \"products\": {"
            + String.join(", ", products)
            + "}}";
    HttpResponse<String> answer = ApiSession.admin(deployment).post("api/v1/admin/import", json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private String product(
      String product, String name, String category, String description, String... variants) {
    String code = code(product);
    return "\""
        + code
        + "\": {\"product_id\": \""
        + code
        + "\", \"name\": \""
        + name
        + "\", \"category\": \""
        + category
        + "\", \"description\": \""
        + description
        + " Ref "
        + tag
        + ".\", \"variants\": {"
        + String.join(", ", variants).replace("{product}", code)
        + "}}";
  }

  private static String v(String n, String price, int stock) {
    String item = "{product}-V" + n;
    return "\""
        + item
        + "\": {\"item_id\": \""
        + item
        + "\", \"options\": {\"color\": \"c"
        + n
        + "\"}, \"price\": "
        + price
        + ", \"stock\": "
        + stock
        + "}";
  }
}
