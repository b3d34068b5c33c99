package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineSummariserTest {

  private final OfflineSummariser summariser = new OfflineSummariser();

  private static Chat shopping() {
    return Chat.start()
        .user("find headphones under 300")
        .called(
            "search_products",
            Map.of("query", "headphone", "max_price", 300),
            Samples.headphonesSearch())
        .model("I found 3 products.")
        .user("tell me about the second one")
        .called("get_product_details", Map.of("product", "DP0002"), Samples.overEarDetails())
        .model("...")
        .user("add the blue one")
        .called(
            "add_to_cart", Map.of("item_code", "DV000201", "quantity", 2), Samples.twoLineCart())
        .model("Added.")
        .user("use voucher HEMAT10")
        .called("apply_voucher", Map.of("code", "HEMAT10"), Samples.twoLineCart())
        .user("checkout")
        .called("quote_checkout", Map.of(), Samples.checkoutQuote("cf_1"))
        .user("yes")
        .called(
            "confirm_checkout",
            Map.of("confirmation_token", "cf_1"),
            Map.of("order_number", "#S12345678", "status", "PENDING", "total", "264.00"));
  }

  @Test
  void theSummaryNamesSearchesProductsCartChangesAndOrders() {
    String summary = summariser.summarise(null, shopping().history());

    assertThat(summary)
        .isEqualTo(
            "Looked for: headphone. Products viewed: Wireless Over-Ear Headphones (DP0002)."
                + " Cart: added 2 × Wireless Over-Ear Headphones [DV000201], voucher HEMAT10."
                + " Orders: order #S12345678 placed (total $264.00).");
  }

  @Test
  void anIndonesianConversationIsSummarisedInIndonesian() {
    Chat chat =
        Chat.start()
            .user("cari sepatu lari")
            .called("search_products", Map.of("query", "running shoe"), Samples.emptySearch())
            .user("batalkan pesanan #W1234567 karena salah pesan")
            .called(
                "cancel_pending_order",
                Map.of("order_number", "#W1234567"),
                Samples.cancelQuote("cf_2"));

    assertThat(summariser.summarise(null, chat.history()))
        .isEqualTo(
            "Mencari: running shoe. Pesanan: cancel pending order #W1234567 sudah dihitung,"
                + " menunggu jawaban ya.");
  }

  @Test
  void withoutToolResultsTheCustomersWordsAreQuoted() {
    Chat chat = Chat.start().user("hello").model("Hi!").user("what can you do?");

    assertThat(summariser.summarise(null, chat.history()))
        .isEqualTo("The customer asked: \"hello\", \"what can you do?\".");
  }

  @Test
  void thePreviousSummaryIsKeptBeforeTheNewFactsAndTheWholeStaysShort() {
    String previous = "Looked for: jacket. ".repeat(60);

    String summary = summariser.summarise(previous, shopping().history());

    assertThat(summary).hasSizeLessThanOrEqualTo(OfflineSummariser.MAX_CHARS);
    assertThat(summary).startsWith("Looked for: jacket.").endsWith("placed (total $264.00).");
    assertThat(summary).contains("…");
  }

  @Test
  void nothingFoldedKeepsThePreviousSummary() {
    assertThat(summariser.summarise("Looked for: jacket.", java.util.List.of()))
        .isEqualTo("Looked for: jacket.");
    assertThat(summariser.summarise(null, java.util.List.of())).isEmpty();
  }
}
