package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * A small catalog of its own, loaded through the admin import: one product in two colours. Codes
 * carry a random suffix, so no other test shares its stock; importing again changes nothing.
 */
final class AttackCatalog {

  /** 10.00, 100 in stock. */
  final String lamp;

  /** The same lamp in black, 10.00, 100 in stock. */
  final String blackLamp;

  /** A word only this catalog's product name holds, for searches. */
  final String nameWord;

  private final String json;

  AttackCatalog() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    lamp = "AL-" + suffix;
    blackLamp = "AB-" + suffix;
    nameWord = "zq" + suffix;
    String product = "AP-" + suffix;
    json =
        "{\"products\": {\""
            + product
            + "\": {\"product_id\": \""
            + product
            + "\", \"name\": \"Attack Lamp "
            + nameWord
            + "\", \"variants\": {"
            + variant(lamp, "white")
            + ", "
            + variant(blackLamp, "black")
            + "}}}}";
  }

  private static String variant(String code, String color) {
    return "\""
        + code
        + "\": {\"item_id\": \""
        + code
        + "\", \"options\": {\"color\": \""
        + color
        + "\"}, \"price\": 10.00, \"stock\": 100}";
  }

  String line(String itemCode, int quantity) {
    return "{\"itemCode\":\"" + itemCode + "\",\"quantity\":" + quantity + "}";
  }

  void importInto(URL deployment) throws Exception {
    HttpResponse<String> answer = ApiSession.admin(deployment).post("api/v1/admin/import", json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
