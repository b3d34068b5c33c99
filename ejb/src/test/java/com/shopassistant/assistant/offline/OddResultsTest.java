package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.ModelReply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tools are written in parallel: a result with fields of unexpected types or shapes must give a
 * reply from what can be read, never the apology for an internal failure.
 */
class OddResultsTest {

  private static final Map<String, Object> ODD =
      Map.of(
          "products", "not a list",
          "variants", List.of(1, "two", Map.of("options", 3)),
          "lines", List.of(Map.of("quantity", "many", "line_total", "n/a")),
          "total", "about twelve",
          "orders", List.of(Map.of()),
          "addresses", List.of("12 Maple Street"),
          "items", List.of(Map.of("options", List.of("black", 2))),
          "refunds", List.of(Map.of("amount", List.of())),
          "expires_at", "tomorrow-ish",
          "confirmation_token", "cf_x");

  @ParameterizedTest(name = "{0} after \\\"{1}\\\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          search_products              | find headphones
          get_product_details          | details of DP0001
          check_stock                  | stok DV000101
          view_cart                    | show my cart
          list_addresses               | my addresses
          list_payment_methods         | payment methods
          quote_checkout               | checkout
          confirm_checkout             | yes
          list_orders                  | my orders
          get_order_details            | status of #W1234567
          cancel_pending_order         | cancel #W1234567, ordered by mistake
          transfer_to_human_agents     | talk to a human
          list_categories              | what categories do you have?
          """)
  void anOddResultStillGivesAReply(String tool, String message) {
    Chat chat = Chat.start().user(message).called(tool, Map.of(), ODD);

    ModelReply reply = new OfflineAssistant().generate(chat.request());

    assertThat(reply.text())
        .isNotBlank()
        .doesNotContain("something went wrong")
        .doesNotContain("null");
  }
}
