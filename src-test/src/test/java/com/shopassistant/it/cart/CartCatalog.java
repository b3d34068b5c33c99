package com.shopassistant.it.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * A small catalog of its own for one test class, loaded through the admin import: item codes carry
 * a random suffix, so no other test's data collides with it. Importing it again changes nothing, so
 * every test may make sure it is there.
 */
final class CartCatalog {

  /** 47.84 each, 3 in stock. */
  final String bottle;

  /** 10.00 each, 50 in stock. */
  final String lamp;

  /** 5.50, none in stock. */
  final String soldOut;

  /** 1.25 each, 500 in stock: more than a line may hold. */
  final String pen;

  private final String product;
  private final String json;

  CartCatalog() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    product = "CART-IT-" + suffix;
    bottle = "CB-" + suffix;
    lamp = "CL-" + suffix;
    soldOut = "CS-" + suffix;
    pen = "CP-" + suffix;
    json =
        "{\"products\": {\""
            + product
            + "\": {\"product_id\": \""
            + product
            + "\", \"name\": \"Cart Test Water Bottle\", \"variants\": {"
            + variant(bottle, "blue", "47.84", 3)
            + ", "
            + variant(lamp, "white", "10.00", 50)
            + ", "
            + variant(soldOut, "green", "5.50", 0)
            + ", "
            + variant(pen, "black", "1.25", 500)
            + "}}}}";
  }

  private static String variant(String code, String color, String price, int stock) {
    return "\""
        + code
        + "\": {\"item_id\": \""
        + code
        + "\", \"options\": {\"color\": \""
        + color
        + "\", \"capacity\": \"750ml\"}, \"price\": "
        + price
        + ", \"stock\": "
        + stock
        + "}";
  }

  /** Imports the catalog as the administrator; fails the test if the import is refused. */
  void importInto(URL deployment) throws Exception {
    HttpResponse<String> answer = ApiSession.admin(deployment).post("api/v1/admin/import", json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
