package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

/**
 * A store of its own for one chat test, loaded through the admin import: headphones in blue and
 * black and a 10 % voucher, with random suffixes so no other test shares their stock or uses.
 */
public final class ChatStore {

  /** The product's code: the words a search finds it by are in its name. */
  public final String product;

  /** "Chat Headphones" in blue, 50.00, 5 in stock. */
  public final String blue;

  /** The black variant, 50.00, 5 in stock. */
  public final String black;

  /** 10 % off, no minimum spend. */
  public final String voucher;

  /** A word only this store's product name holds. */
  public final String nameWord;

  private final String json;

  public ChatStore() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String upper = suffix.toUpperCase(Locale.ROOT);
    nameWord = "Zq" + suffix.substring(0, 6);
    product = "CHP-" + suffix;
    blue = "CHB-" + suffix;
    black = "CHK-" + suffix;
    voucher = "CHAT10-" + upper;
    json =
        "{\"products\": {\""
            + product
            + "\": {\"product_id\": \""
            + product
            + "\", \"name\": \"Chat Headphones "
            + nameWord
            + "\", \"variants\": {"
            + variant(blue, "blue")
            + ", "
            + variant(black, "black")
            + "}}}, \"vouchers\": [{\"code\": \""
            + voucher
            + "\", \"description\": \"chat test\", \"discount_type\": \"PERCENTAGE\","
            + " \"discount_value\": 10, \"valid_from\": \"2025-01-01\", \"min_spend\": 0}]}";
  }

  private static String variant(String code, String color) {
    return "\""
        + code
        + "\": {\"item_id\": \""
        + code
        + "\", \"options\": {\"color\": \""
        + color
        + "\"}, \"price\": 50.00, \"stock\": 5}";
  }

  public void importInto(URL deployment) throws Exception {
    HttpResponse<String> answer = ApiSession.admin(deployment).post("api/v1/admin/import", json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
